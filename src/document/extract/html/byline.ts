/**
 * Recognise the lines around a headline that are about the article rather
 * than of it: bylines ("By Jane Doe", "Jane Doe, AP Sports Writer") and
 * datelines ("Published 11:34 PM EST Nov 19, 2019", "19.11.2019, 08:57").
 */
import { parseHumanDate } from './date-parse.js'

/** Words that may sit in a dateline besides the date itself. */
const DATELINE_WORDS = new Set(
  (
    'published updated posted last modified original originally first on at by am pm a.m p.m et pt ct mt gmt utc est edt ' +
    'cst cdt pst pdt mst mdt bst cet cest ist jst kst hkt sgt wib msk amt aest aedt time date de em às a las le um uhr ' +
    'am um dipublikasikan diperbarui diterbitkan pubblicato aggiornato veröffentlicht aktualisiert publié mis à jour ' +
    'publicado atualizado actualizado опубликовано обновлено 입력 수정 기사입력 최종수정 更新 公開 投稿日 更新日 ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun today yesterday ago ' +
    'hours hour minutes minute mins min hrs days day seconds read reading'
  ).split(' '),
)

/** A `HH:MM` clock, a year, or a relative time ("3 hours ago"). */
const TIME_LIKE = /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\b\d+\s+(?:hours?|minutes?|mins?|days?)\s+ago\b/i

/**
 * Whether `text` is a dateline: a short line that gives a date or time and
 * little else (a few words at most, such as the outlet or author names).
 */
export function isDateline(text: string, knownNames: readonly string[] = [], maxChars = 140): boolean {
  if (text.length > maxChars) return false
  // "13 Aug", "Aug 13": a day and a month, nothing else.
  const short = /^(\d{1,2})\.?\s+(\p{L}{3,10})\.?$|^(\p{L}{3,10})\.?\s+(\d{1,2})$/u.exec(text.trim())
  if (short !== null && MONTH_WORDS.has((short[2] ?? short[3] ?? '').toLowerCase())) return true
  if (!TIME_LIKE.test(text) && parseHumanDate(text) === null) return false
  let rest = ` ${text.toLowerCase()} `
  for (const name of knownNames) if (name !== '') rest = rest.replaceAll(name.toLowerCase(), ' ')
  rest = rest
    .replace(/\d+(?:st|nd|rd|th)?/g, ' ')
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (rest === '') return true
  let extra = 0
  for (const word of rest.split(' ')) {
    if (DATELINE_WORDS.has(word) || MONTH_WORDS.has(word)) continue
    extra++
  }
  return extra <= 4
}

const MONTH_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro gennaio febbraio marzo aprile maggio giugno luglio settembre ottobre dicembre januar februar märz juni juli oktober dezember januari februari maret mei agustus desember nopember января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(
    ' ',
  ),
)

/** Words that start an English byline. */
const BYLINE_START = /^(?:by|written by|posted by|words by|story by|reported by)\b\s*:?\s*\S/i

/** Words that start a byline in other languages, where they also start sentences ("Por eso…"). */
const FOREIGN_BYLINE =
  /^(?:[Pp]or|[Vv]on|[Pp]ar|[Oo]leh|[Dd]i|[Dd]a|[Dd]oor|[Оо]т|[Аа]втор|[Тт]екст)\s*:?\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,5})$/u

/**
 * Whether `text` is a byline: it starts with "By …", or it is short and
 * mostly made of the known author names (plus roles and outlet).
 */
export function isByline(text: string, authors: readonly string[], maxChars = 160): boolean {
  if (text.length > maxChars) return false
  if (BYLINE_START.test(text) && text.length < 120 && !/[.!?]["”’]?\s+\p{Lu}/u.test(text)) return true
  if (text.length < 60 && FOREIGN_BYLINE.test(text.trim())) return true
  if (authors.length === 0) return false
  const lower = text.toLowerCase()
  let covered = 0
  for (const author of authors) {
    const name = author.toLowerCase()
    if (name !== '' && lower.includes(name)) covered += name.length
  }
  if (covered === 0) return false
  // A sentence that mentions the author is text; a line that is mostly the names is a byline.
  return covered >= text.length * 0.35 || (text.length < 80 && !/[.!?]$/.test(text.trim()))
}
