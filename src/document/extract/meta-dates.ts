/**
 * Publication dates of plain-text reports, read from the page-meta lines the
 * text cleaner sets aside ("Published 5 March 2025", "March 4, 2025 3:47 PM
 * GMT+3", "Updated: …", "17.09.2026, 09:40 | Economy"). Only a full date (day,
 * month and year all stated) counts: a bare weekday is not a publication
 * date. A dotted numeric date is read day first (see `dottedDate`), and so is
 * a slashed one with a 24-hour clock time (see `slashedDate`). A relative
 * stamp ("Updated 2 hours ago") is no date: it would be the ingest time.
 */
import * as chrono from 'chrono-node'
import type { DatedValue } from '../../model/index.js'
import { MIN_NEWS_DATE } from './source.js'

/** Words that make a meta line a modification date rather than a publication date. */
export const MODIFIED_WORDS =
  /\b(?:updated?|modified|last (?:edited|changed)|revised|aktualisiert|mis à jour|actualizado)\b/i

/** Confidence of a date read from a meta line (default: 0.8; 0.6 when day and month could be swapped). */
export const META_DATE_CONFIDENCE = 0.8

/** Dates found on meta lines. */
export interface MetaDates {
  /** With `raw`: the line it was read from. */
  published: (DatedValue & { raw: string }) | null
  modified: (DatedValue & { raw: string }) | null
}

/**
 * Read publication and modification dates from page-meta `lines`.
 *
 * @param lines Meta lines in document order (the first date of each kind wins).
 * @param now Reference instant: later dates are rejected.
 */
export function datesFromMetaLines(lines: readonly string[], now: Date): MetaDates {
  const found: MetaDates = { published: null, modified: null }
  for (const line of lines) {
    for (const { kind, text } of metaLineParts(line)) {
      if (found[kind]) continue
      const value = fullDate(text, now)
      if (value)
        found[kind] = { value: value.iso, signal: 'text:meta-line', confidence: value.confidence, raw: line }
    }
  }
  return found
}

/** A separator before an update stamp on a date line: a bar, a bullet, a spaced dash, a comma. */
const BEFORE_MODIFIED = /(?:\s*[|·•,]\s*|\s+[-–—]\s+)$/u

/**
 * The parts of a meta line by the kind of date they give: a line holding
 * the publication date and then its update stamp ("2026-03-02 08:10 UTC |
 * Updated 2026-03-03 07:45 UTC") is split where the update word opens a
 * part of its own; otherwise a line with an update word is a modification
 * date, and any other line a publication date.
 */
function metaLineParts(line: string): { kind: 'published' | 'modified'; text: string }[] {
  const match = MODIFIED_WORDS.exec(line)
  if (!match) return [{ kind: 'published', text: line }]
  const head = line.slice(0, match.index)
  if (head.trim() !== '' && BEFORE_MODIFIED.test(head))
    return [
      { kind: 'published', text: head.replace(BEFORE_MODIFIED, '') },
      { kind: 'modified', text: line.slice(match.index) },
    ]
  return [{ kind: 'modified', text: line }]
}

/**
 * A dotted numeric date with a four-digit year, with an optional clock time
 * after it ("17.09.2026, 09:40", "3.4.2025 18:05"): read day first.
 */
const DOTTED_DATE =
  /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)(?:,?\s+(?:at\s+|um\s+|в\s+)?(\d{1,2}):(\d{2})(?!\d))?/iu
/**
 * Confidence of a dotted date whose day is 12 or less, read by convention
 * (`03.04.2025` = 3 April): lower than a date no reading can swap, higher
 * than a slashed one (which chrono reads month first, as in the US).
 */
export const DOTTED_DAY_FIRST_CONFIDENCE = 0.7

/**
 * A dotted numeric date, day first (`17.09.2026, 09:40` = 17 September 2026,
 * 09:40). The dotted D.M.YYYY form is the convention of German, Central and
 * Eastern European, Russian, Turkish and Central Asian sites; month-first
 * dates are written with slashes, so a dot settles the order (chrono alone
 * would read `03.04.2025` as March 4). A day above 12 is unambiguous anyway;
 * one of 12 or less keeps {@link DOTTED_DAY_FIRST_CONFIDENCE}. An impossible
 * date (`31.02.2025`, a month above 12) is no date.
 */
function dottedDate(line: string, now: Date): { iso: string; confidence: number } | null {
  const match = DOTTED_DATE.exec(line)
  if (!match) return null
  const d = Number(match[1])
  const m = Number(match[2])
  const y = Number(match[3])
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  const day = `${y}-${pad(m)}-${pad(d)}`
  if (!plausible(day, now)) return null
  const confidence = d > 12 || d === m ? META_DATE_CONFIDENCE : DOTTED_DAY_FIRST_CONFIDENCE
  if (match[4] === undefined || match[5] === undefined) return { iso: day, confidence }
  const hour = Number(match[4])
  const minute = Number(match[5])
  if (hour > 23 || minute > 59) return { iso: day, confidence }
  return { iso: `${day}T${pad(hour)}:${pad(minute)}:00`, confidence }
}

/**
 * A slashed numeric date with a four-digit year and a clock time after it
 * ("15/07/2026 - 08:12", "03/04/2025, 18:05", "03/04/2025 | 09:40"), the
 * time not followed by am/pm.
 */
const SLASHED_DATE_TIME =
  /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])(?:\s*[-–—|,·•]\s*|\s+)(?:(?:at|à|a las|um|alle)\s+)?(\d{1,2})[:h](\d{2})(?!\d)(?!\s*[ap]\.?\s?m\b)/iu
/**
 * Confidence of a slashed date with a 24-hour time whose day and month are
 * both 12 or less, read day first by convention (`03/04/2025 - 18:05` = 3
 * April): below a dotted date's ({@link DOTTED_DAY_FIRST_CONFIDENCE}), since
 * the slash is written both ways and only the clock hints at the order;
 * above the 0.6 of a slashed date with nothing to go by.
 */
export const SLASHED_DAY_FIRST_CONFIDENCE = 0.65

/**
 * A slashed numeric date with a 24-hour clock time, day first. D/M/YYYY is
 * the order of Europe, Africa, the Middle East, Latin America and South and
 * Southeast Asia; the United States writes M/D/YYYY, and its news sites give
 * the time on a 12-hour clock with am/pm ("7/15/2026 8:12 PM"). So a time
 * on a 24-hour clock — no am/pm and the hour written with two digits
 * ("08:12") or above 12 ("18:05") — marks the day-first form, however it is
 * separated from the date (" - ", "|", a comma, a space). When the first
 * number is above 12 the order is unambiguous anyway (confidence 0.8); when
 * the second is above 12 the date can only be month first and is left to
 * chrono; when both are 12 or less the convention decides, with
 * {@link SLASHED_DAY_FIRST_CONFIDENCE}. An impossible date is no date. A bare
 * "8:12", or a date without a time, is left to chrono (month first, 0.6).
 */
function slashedDate(line: string, now: Date): { iso: string; confidence: number } | null {
  const match = SLASHED_DATE_TIME.exec(line)
  if (!match) return null
  const [, dd = '', mm = '', yyyy = '', hh = '', mi = ''] = match
  const d = Number(dd)
  const m = Number(mm)
  const y = Number(yyyy)
  const hour = Number(hh)
  const minute = Number(mi)
  if (hour > 23 || minute > 59 || !(hh.length === 2 || hour > 12)) return null
  if (m > 12) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  const day = `${y}-${pad(m)}-${pad(d)}`
  if (!plausible(day, now)) return null
  const confidence = d > 12 || d === m ? META_DATE_CONFIDENCE : SLASHED_DAY_FIRST_CONFIDENCE
  return { iso: `${day}T${pad(hour)}:${pad(minute)}:00`, confidence }
}

/** A relative stamp chrono reads against the reference ("2 hours ago", "yesterday"): not a date. */
const RELATIVE_DATE = /\b(?:ago|today|yesterday|tomorrow|tonight|now)\b/i

/** Neither before the first news date nor after tomorrow. */
function plausible(day: string, now: Date): boolean {
  return day >= MIN_NEWS_DATE && Date.parse(`${day}T00:00:00Z`) <= now.getTime() + 24 * 3600 * 1000
}

function fullDate(line: string, now: Date): { iso: string; confidence: number } | null {
  const dotted = dottedDate(line, now) ?? slashedDate(line, now)
  if (dotted) return dotted
  for (const result of chrono.parse(line, now)) {
    if (RELATIVE_DATE.test(result.text)) continue
    const s = result.start
    if (!(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) continue
    const y = s.get('year') ?? 0
    const m = s.get('month') ?? 0
    const d = s.get('day') ?? 0
    const day = `${y}-${pad(m)}-${pad(d)}`
    if (!plausible(day, now)) continue
    // 03/04/2025 reads as March 4 or 3 April: say so through the confidence.
    const swappable = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(result.text) && d <= 12 && m !== d
    const confidence = swappable ? 0.6 : META_DATE_CONFIDENCE
    if (!s.isCertain('hour')) return { iso: day, confidence }
    const time = `${day}T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}:00`
    if (!s.isCertain('timezoneOffset')) return { iso: time, confidence }
    const offset = s.get('timezoneOffset') ?? 0
    const sign = offset < 0 ? '-' : '+'
    const abs = Math.abs(offset)
    return { iso: `${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`, confidence }
  }
  return null
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
