/** Helpers shared by the report renderers. */
import type { ContradictionKind, Evidence, ReportClaim, StoryReport } from '../../model/index.js'

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Escape text for Markdown (inline): the characters that would start markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\n+/g, ' ')
}

/** Outlet name of each article of a story, by article id. */
export function outlets(story: StoryReport): Map<string, string> {
  return new Map(story.articles.map((a) => [a.id, a.source || a.id]))
}

/** Human label of a contradiction kind. */
export const KIND_LABEL: Readonly<Record<ContradictionKind, string>> = {
  role: 'Role',
  number: 'Number',
  date: 'Date',
  place: 'Place',
  'quote-speaker': 'Who said it',
  'quote-wording': 'Quote wording',
}

/** Human label of a claim status. */
export const STATUS_LABEL: Readonly<Record<ReportClaim['status'], string>> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  contradicted: 'Contradicted',
}

/**
 * Split an evidence sentence around the first occurrence of a value, so the
 * renderers can mark it: `[before, value, after]`, or `[sentence, '', '']`.
 */
export function markValue(evidence: Evidence, value: string): [string, string, string] {
  const text = evidence.text
  const at = text.toLowerCase().indexOf(value.toLowerCase())
  if (!value || at < 0) return [text, '', '']
  return [text.slice(0, at), text.slice(at, at + value.length), text.slice(at + value.length)]
}

/** Independent origins of a story: how many distinct origins its articles have. */
export function originCount(story: StoryReport): number {
  return new Set(story.articles.map((a) => a.origin)).size
}

/** A date for display: the ISO day as written, or "undated". */
export function day(value: string | null): string {
  return value ? value.slice(0, 10) : 'undated'
}

/** Stories in reading order: latest event first, undated last, then by id. */
export function byDate<T extends { id: string; date: string | null }>(stories: readonly T[]): T[] {
  return [...stories].sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
}

/**
 * The contradictions a standing claim (corroborated or single-source) carries
 * in one of its sentences, as "Kind: subject": a detail some outlets add is
 * disputed while what they agree on stands, and the reader should see both.
 */
export function contestedDetails(c: ReportClaim, s: StoryReport): string[] {
  if (c.status === 'contradicted') return []
  return c.contradictions
    .map((id) => s.contradictions.find((x) => x.id === id))
    .filter((x) => x !== undefined)
    .map((x) => `${KIND_LABEL[x.kind]}: ${x.subject.text}`)
}
