/**
 * Publication and modification dates as data: every signal the page gives
 * (JSON-LD, `<meta>`, `itemprop`, `<time>`, the URL, the text near the
 * headline) is recorded with what it said; impossible values (in the future
 * of `now`, before `minYear`, unparseable) are rejected with the reason; the
 * most trusted remaining signal wins, with a confidence. No signal means
 * `null`: undated, never the time of extraction.
 */
import type { DatedValue } from '../../../model/article.js'
import type { DateSignal } from '../../../model/extraction.js'
import { type ParsedDate, parseHumanDate, parseMachineDate, parseUrlDate } from './date-parse.js'

/** A raw date signal before parsing. */
export interface RawDateSignal {
  signal: string
  raw: string
  kind: 'published' | 'modified'
  /** Trust in this kind of signal, 0–1. */
  confidence: number
  /** How to read `raw`: a machine value (default), free text, or a URL with a date in its path. */
  format?: 'machine' | 'human' | 'url'
}

/** Meta keys that give the publication date, with their trust. */
export const PUBLISHED_META: Record<string, number> = {
  'article:published_time': 0.9,
  'article:published': 0.85,
  'og:published_time': 0.85,
  'og:article:published_time': 0.85,
  datepublished: 0.85,
  'parsely-pub-date': 0.85,
  'sailthru.date': 0.8,
  pubdate: 0.8,
  publishdate: 0.8,
  publish_date: 0.8,
  'publish-date': 0.8,
  'article.published': 0.8,
  article_date_original: 0.8,
  'cxenseparse:recs:publishtime': 0.8,
  'dc.date.issued': 0.8,
  'dcterms.issued': 0.8,
  'dcterms.created': 0.75,
  'dc.date': 0.7,
  'dcterms.date': 0.7,
  date: 0.65,
  originalpublicationdate: 0.8,
  'rnews:datepublished': 0.8,
  'bt:pubdate': 0.75,
  'article.created': 0.75,
  datecreated: 0.75,
}

/** Meta keys that give the modification date. */
export const MODIFIED_META: Record<string, number> = {
  'article:modified_time': 0.9,
  'og:updated_time': 0.85,
  'article:modified': 0.85,
  datemodified: 0.85,
  'dcterms.modified': 0.8,
  'last-modified': 0.7,
  'sailthru.lastmodified': 0.75,
  'article.updated': 0.75,
  lastmod: 0.7,
}

/** Options of {@link chooseDates}. */
export interface DateOptions {
  now: Date
  minYear: number
}

/** Chosen dates and the evaluated signals. */
export interface ChosenDates {
  published: DatedValue | null
  modified: DatedValue | null
  signals: DateSignal[]
}

/** Evaluate `raw` signals and choose the published and modified dates. */
export function chooseDates(raw: readonly RawDateSignal[], options: DateOptions): ChosenDates {
  const signals: DateSignal[] = []
  const valid: { signal: RawDateSignal; parsed: ParsedDate; entry: DateSignal }[] = []
  // Day-only values are compared with the day it already is somewhere on Earth (UTC+14).
  const latestDay = new Date(options.now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10)
  const seen = new Set<string>()
  for (const signal of raw) {
    const key = `${signal.signal}\u0000${signal.raw}\u0000${signal.kind}`
    if (seen.has(key)) continue
    seen.add(key)
    const parsed =
      signal.format === 'human'
        ? parseHumanDate(signal.raw)
        : signal.format === 'url'
          ? parseUrlDate(signal.raw)
          : parseMachineDate(signal.raw)
    const entry: DateSignal = {
      signal: signal.signal,
      raw: signal.raw,
      value: parsed?.value ?? null,
      kind: signal.kind,
      confidence: signal.confidence,
      chosen: false,
    }
    if (parsed === null) entry.rejected = 'unparseable'
    else if (Number(parsed.value.slice(0, 4)) < options.minYear) {
      entry.rejected = `before ${options.minYear}`
      entry.value = null
    } else if (parsed.hasTime ? parsed.time > options.now.getTime() : parsed.value.slice(0, 10) > latestDay) {
      entry.rejected = 'in the future'
      entry.value = null
    } else valid.push({ signal, parsed, entry })
    signals.push(entry)
  }
  return {
    published: pick(valid, 'published'),
    modified: pick(valid, 'modified'),
    signals,
  }
}

function pick(
  valid: readonly { signal: RawDateSignal; parsed: ParsedDate; entry: DateSignal }[],
  kind: 'published' | 'modified',
): DatedValue | null {
  let best: { signal: RawDateSignal; parsed: ParsedDate; entry: DateSignal } | null = null
  for (const entry of valid) {
    if (entry.signal.kind !== kind) continue
    if (best === null) {
      best = entry
      continue
    }
    const better =
      entry.signal.confidence > best.signal.confidence ||
      // Same trust, same day: the one that also gives the time of day (and offset) is more exact.
      (entry.signal.confidence === best.signal.confidence &&
        entry.parsed.value.slice(0, 10) === best.parsed.value.slice(0, 10) &&
        entry.parsed.hasTime &&
        !best.parsed.hasTime)
    if (better) best = entry
  }
  if (best === null) return null
  best.entry.chosen = true
  // Agreement of an independent signal on the same day raises the confidence.
  const day = best.parsed.value.slice(0, 10)
  let agreeing = 0
  let disagreeing = 0
  const sources = new Set<string>()
  for (const entry of valid) {
    if (entry === best || entry.signal.kind !== kind) continue
    const source = entry.signal.signal.split(':')[0]!
    if (sources.has(source) || source === best.signal.signal.split(':')[0]) continue
    sources.add(source)
    if (entry.parsed.value.slice(0, 10) === day) agreeing++
    else disagreeing++
  }
  let confidence = best.signal.confidence + 0.04 * agreeing - 0.1 * disagreeing
  confidence = Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100
  return { value: best.parsed.value, signal: best.signal.signal, confidence }
}

/** The URL's date signal, if its path has one. */
export function urlSignal(url: string | null): RawDateSignal[] {
  if (url === null || parseUrlDate(url) === null) return []
  return [{ signal: 'url', raw: url, kind: 'published', confidence: 0.6, format: 'url' }]
}
