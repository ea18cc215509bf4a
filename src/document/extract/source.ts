/**
 * Where an article comes from: its outlet name and publication date, chosen
 * from the most specific signal available, with the signal recorded.
 */
import type { DatedValue, SourceOrigin } from '../../model/index.js'

/** Signals for {@link chooseSource}, most specific first. */
export interface SourceSignals {
  /** `source` of a JSON Lines record or feed (optional). */
  record?: string | undefined
  /** `--source` given by the caller (optional). */
  option?: string | undefined
  /** Site name from page metadata (`og:site_name`, JSON-LD publisher) (optional). */
  siteName?: string | null | undefined
  /** Page URL (given, or canonical) (optional). */
  url?: string | null | undefined
  /** Input path (`dir/coastal-herald.txt`, `feed.jsonl#L3`, `-`). */
  input: string
}

/**
 * Pick the outlet name. A record's own `source` beats the caller's
 * `--source` (it is more specific), which beats page metadata (the caller
 * knows better than a template), then the URL's domain, then the file name.
 */
export function chooseSource(signals: SourceSignals): { source: string; origin: SourceOrigin } {
  const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined
  const record = clean(signals.record)
  if (record) return { source: record, origin: 'metadata' }
  const option = clean(signals.option)
  if (option) return { source: option, origin: 'option' }
  const site = clean(signals.siteName)
  if (site) return { source: site, origin: 'metadata' }
  const domain = signals.url ? domainOf(signals.url) : null
  if (domain) return { source: domain, origin: 'url' }
  return { source: outletFromStem(fileStem(signals.input)), origin: 'filename' }
}

/**
 * A file named after its outlet (`coastal-herald.txt`) reads better as
 * "Coastal Herald"; any other stem (ids, dates) is kept as it is.
 */
export function outletFromStem(stem: string): string {
  if (!/^[a-z]+(?:[-_][a-z]+)*$/.test(stem)) return stem
  return stem
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')
}

/** `https://www.example.co.uk/a/b` → `example.co.uk`; `null` if not a URL. */
export function domainOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase()
    return host.replace(/^(?:www\d?|m|amp|mobile)\./, '') || null
  } catch {
    return null
  }
}

/** `dir/coastal-herald.txt#L3` → `coastal-herald`; `-` → `stdin`. */
export function fileStem(input: string): string {
  if (input === '-' || input.startsWith('-#')) return 'stdin'
  const path = input.replace(/#[^/]*$/, '')
  const base = path.split(/[\\/]/).pop() ?? path
  const stem = base.replace(/(?:\.[a-z0-9]{1,5})+$/i, '')
  return stem || base || 'unknown'
}

/** Earliest plausible publication date for news (default rejection bound). */
export const MIN_NEWS_DATE = '1990-01-01'

/**
 * Normalise a caller-given date (`2024-11-01`, `2024-11-01T09:30:00+09:00`,
 * `Fri, 01 Nov 2024 10:00:00 GMT`) to ISO 8601, keeping a written offset.
 * Returns `null` for unparseable, future (after `now`) or pre-1990 values.
 */
export function normaliseGivenDate(value: string, now: Date): { value: string } | { rejected: string } {
  const v = value.trim()
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
  let iso: string
  let instant: number
  if (isoDay) {
    iso = v
    instant = Date.parse(`${v}T00:00:00Z`)
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) {
    iso = v
    instant = Date.parse(v)
  } else {
    instant = Date.parse(v)
    iso = Number.isNaN(instant) ? v : new Date(instant).toISOString().replace('.000Z', 'Z')
  }
  if (Number.isNaN(instant)) return { rejected: `unparseable date \`${value}\`` }
  if (instant > now.getTime() + 24 * 3600 * 1000) return { rejected: `date \`${value}\` is in the future` }
  if (instant < Date.parse(`${MIN_NEWS_DATE}T00:00:00Z`))
    return { rejected: `date \`${value}\` is before ${MIN_NEWS_DATE}` }
  return { value: iso }
}

/** A caller-given date as a `DatedValue`. */
export function givenDate(value: string): DatedValue {
  return { value, signal: 'input', confidence: 1 }
}
