/**
 * Turn what a page says about a date into ISO 8601, keeping the offset as
 * written: machine formats (ISO 8601, RFC 2822, epoch numbers) and the usual
 * human ones (`Nov. 19, 2019 5:52 AM EST`, `19 novembre 2019`,
 * `19.11.2019`, `2019年11月19日`, `2019년 11월 19일`), in several languages.
 */

/** A parsed date: ISO text (a day, or an instant with its offset when the page gave one). */
export interface ParsedDate {
  /** `2019-11-19`, `2019-11-19T10:30:00-05:00`, or `2019-11-19T10:30:00` (no offset given). */
  value: string
  /** UTC milliseconds of the value (a day counts from its start; no offset counts as UTC). */
  time: number
  /** Whether a time of day was given. */
  hasTime: boolean
}

/** Month names and abbreviations, lowercase, in the languages of the news we see. */
const MONTHS: Record<string, number> = {}
function months(names: string): void {
  const list = names.split(' ')
  list.forEach((group, index) => {
    for (const name of group.split('|')) MONTHS[name] = index + 1
  })
}
// English, German, French, Spanish, Portuguese, Italian, Dutch, Indonesian, Russian (nominative and genitive).
months(
  'january|jan|janv|januar|jänner|janvier|enero|ene|janeiro|gennaio|gen|januari|январь|января|янв february|feb|febr|februar|février|fév|févr|febrero|fevereiro|fev|febbraio|februari|pebruari|февраль|февраля|фев march|mar|märz|mär|mars|marzo|março|maart|maret|март|марта april|apr|avril|avr|abril|abr|aprile|апрель|апреля|апр may|mai|mayo|maio|maggio|mag|mei|май|мая june|jun|juni|juin|junio|junho|giugno|giu|июнь|июня|июн july|jul|juli|juillet|juil|julio|julho|luglio|lug|июль|июля|июл august|aug|august|août|agosto|ago|augustus|agustus|agt|август|августа|авг september|sep|sept|septembre|septiembre|setembro|set|settembre|setiembre|сентябрь|сентября|сен october|oct|oktober|okt|octobre|octubre|outubro|out|ottobre|ott|октябрь|октября|окт november|nov|novembre|noviembre|novembro|nopember|ноябрь|ноября|ноя december|dec|dez|dezember|décembre|déc|diciembre|dic|dezembro|dicembre|desember|des|декабрь|декабря|дек',
)

/** Offsets of the time-zone abbreviations news pages print. */
const ZONES: Record<string, string> = {
  utc: '+00:00',
  gmt: '+00:00',
  z: '+00:00',
  est: '-05:00',
  edt: '-04:00',
  et: '-05:00',
  cst: '-06:00',
  cdt: '-05:00',
  ct: '-06:00',
  mst: '-07:00',
  mdt: '-06:00',
  mt: '-07:00',
  pst: '-08:00',
  pdt: '-07:00',
  pt: '-08:00',
  akst: '-09:00',
  hst: '-10:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  amt: '+04:00',
  ist: '+05:30',
  wib: '+07:00',
  sgt: '+08:00',
  hkt: '+08:00',
  jst: '+09:00',
  kst: '+09:00',
  aest: '+10:00',
  aedt: '+11:00',
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/i

/** Parse a machine-readable date (attribute or metadata value). */
export function parseMachineDate(raw: string): ParsedDate | null {
  const text = raw.trim()
  if (text === '') return null
  let match = ISO.exec(text) ?? COMPACT.exec(text)
  if (match !== null) {
    return build(
      Number(match[1]),
      Number(match[2]),
      Number(match[3]),
      match[4],
      match[5],
      match[6],
      match[7] === undefined ? undefined : offsetOf(match[7]),
    )
  }
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const number = Number(text)
    const milliseconds = text.length === 13 ? number : number * 1000
    const date = new Date(milliseconds)
    const iso = date.toISOString().slice(0, 19)
    return { value: `${iso}Z`, time: milliseconds, hasTime: true }
  }
  // `2019-11-19 10:30:00 +0000`, `2019/11/19 10:30`.
  match =
    /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      text,
    )
  if (match !== null) {
    return build(
      Number(match[1]),
      Number(match[2]),
      Number(match[3]),
      match[4],
      match[5],
      match[6],
      match[7] === undefined ? undefined : offsetOf(match[7]),
    )
  }
  return parseHumanDate(text)
}

/**
 * Find and parse the first date written for people in `text`
 * (`Published 11:34 PM EST Nov 19, 2019`, `19 de novembro de 2019`, …).
 * Returns `null` when there is none. `dayFirst` settles `03/04/2019`.
 */
export function parseHumanDate(text: string, dayFirst = false): ParsedDate | null {
  // Every form below has digits; most lines have none.
  if (!/\d/.test(text)) return null
  const lower = text.toLowerCase()
  const day = findDay(lower, dayFirst)
  if (day === null) return null
  const [year, month, date] = day
  const time =
    /(?:^|[^\d])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s?(m\.?)?\s*(?:\(?\b([a-z]{1,4})\b\)?)?/i.exec(
      lower,
    )
  if (time === null) return build(year, month, date)
  let hour = Number(time[1])
  const meridiem = time[4]
  if (meridiem !== undefined && time[5] !== undefined) {
    if (hour === 12) hour = 0
    if (meridiem === 'p') hour += 12
  }
  const zone = time[6] === undefined ? undefined : ZONES[time[6]]
  return build(year, month, date, String(hour), time[2], time[3], zone)
}

/** Year, month and day of the first date in lowercase `text`, or `null`. */
function findDay(lower: string, dayFirst: boolean): [number, number, number] | null {
  // CJK: 2019年11月19日, 2019년 11월 19일.
  let match = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/.exec(lower)
  if (match !== null) return [Number(match[1]), Number(match[2]), Number(match[3])]
  // Month name first: November 19, 2019 · Nov. 18th 2019.
  match = MONTH_FIRST.exec(lower)
  if (match !== null) return [Number(match[3]), MONTHS[match[1]!]!, Number(match[2])]
  // Day first: 19 November 2019 · 19 de novembro de 2019 · 19. November 2019.
  match = DAY_FIRST.exec(lower)
  if (match !== null) return [Number(match[3]), MONTHS[match[2]!]!, Number(match[1])]
  match = /(?:^|[^\d])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(lower)
  if (match !== null) return [Number(match[1]), Number(match[2]), Number(match[3])]
  match = /(?:^|[^\d])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/.exec(lower)
  if (match === null) return null
  const first = Number(match[1])
  const second = Number(match[3])
  // Dots are European day-first; slashes follow the page's convention unless a part is over 12.
  const dayIsFirst = first > 12 || (second <= 12 && (match[2] === '.' || dayFirst))
  return dayIsFirst ? [Number(match[4]), second, first] : [Number(match[4]), first, second]
}

/** Every month name, longest first, as one alternation (so a single scan finds the first real month). */
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const MONTH_FIRST = new RegExp(
  `(?<!\\p{L})(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,|\\s)\\s*(?:\\p{L}+,?\\s+)?(\\d{4})(?!\\d)`,
  'u',
)
const DAY_FIRST = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?(${MONTH_NAMES})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
  'u',
)

function offsetOf(raw: string): string {
  if (raw === 'Z' || raw === 'z') return 'Z'
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw)
  if (match === null) return 'Z'
  return `${match[1]}${match[2]}:${match[3] ?? '00'}`
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

function build(
  year: number,
  month: number,
  day: number,
  hour?: string,
  minute?: string,
  second?: string,
  offset?: string,
): ParsedDate | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1000 && year <= 9999)) return null
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCDate() !== day) return null
  const dayText = `${year}-${pad(month)}-${pad(day)}`
  if (hour === undefined || minute === undefined)
    return { value: dayText, time: check.getTime(), hasTime: false }
  const h = Number(hour)
  const m = Number(minute)
  const s = second === undefined ? 0 : Number(second)
  if (h > 23 || m > 59 || s > 59) return { value: dayText, time: check.getTime(), hasTime: false }
  const clock = `${pad(h)}:${pad(m)}:${pad(s)}`
  let time = Date.UTC(year, month - 1, day, h, m, s)
  if (offset !== undefined && offset !== 'Z') {
    const sign = offset[0] === '-' ? -1 : 1
    const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))
    time -= sign * minutes * 60_000
  }
  return { value: `${dayText}T${clock}${offset ?? ''}`, time, hasTime: true }
}

/** A date in a URL path (`/2019/11/19/`, `/2019-11-19-`, `/20191119/`), or `null`. */
export function parseUrlDate(url: string): ParsedDate | null {
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    path = url
  }
  let match = /(?:^|\/)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path)
  if (match !== null) return build(Number(match[1]), Number(match[2]), Number(match[3]))
  match = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path)
  if (match !== null) return build(Number(match[1]), Number(match[2]), Number(match[3]))
  return null
}
