/**
 * Story time: the event's date inferred from its reports, and the relative
 * time expressions of undated reports ("on Friday") resolved against the
 * story where the reports agree.
 *
 * Each article votes for the earliest day its lead states (a resolved day no
 * later than its publication), sharing the vote with the first dated lead
 * sentence's day when that is later, or else for its publication day; the
 * day with the most votes is the story's. An undated article's relative expressions
 * are then resolved with the document stage's own resolver, against the
 * reference date (the story's date or a member's publication day) that makes
 * most of them land on days the other reports state.
 */

import { resolveTimes, type TimeOptions, type TimeReference } from '../../document/annotate/times/index.js'
import { segment } from '../../document/segment/index.js'
import type { AnalyzedArticle, Evidence, StoryDate, TimeExpression } from '../../model/index.js'
import { DURATION, datesEvent, nearOnset, writtenDay } from './event-times.js'

/** Options of the story-time stage. */
export interface StoryTimeOptions {
  /** Sentences of each article read for its event-date vote (default 4): the lead says when. */
  leadSentences?: number
  /** Weight of a vote taken from the publication date rather than the text (default 0.5). */
  publishedVoteWeight?: number
  /**
   * A lead's day counts only if it lies at most this many days before the
   * article's publication (default 7): older days are background ("the 2018
   * quake"), later ones are plans.
   */
  maxLeadDays?: number
  /**
   * Weight of the vote of a report with no publication date whose lead names
   * a weekday or a day of the month matching exactly one of the days the
   * other reports vote for (default 1): its "Thursday night's sitting" is a
   * stated day once the story's candidate days say which Thursday.
   */
  undatedVoteWeight?: number
  /**
   * Share of an article's vote given to the earliest day of the first lead
   * sentence that states one, when a later lead sentence states an earlier
   * day (default 0.5; the rest goes to that earlier day). The earlier day
   * may be the event told after its aftermath ("Rescuers pulled 40 people
   * out on Tuesday. The ferry capsized late on Monday.") or a day of its
   * backstory ("It came a day after demand had hit a record on Monday"):
   * the report does not say which, so the other reports decide.
   */
  firstSentenceShare?: number
  /** Options passed to the times resolver (optional). */
  times?: TimeOptions
}

/** Defaults of {@link StoryTimeOptions}. */
export const STORY_TIME_DEFAULTS = {
  leadSentences: 4,
  publishedVoteWeight: 0.5,
  maxLeadDays: 7,
  undatedVoteWeight: 1,
  firstSentenceShare: 0.5,
}

/** Resolves an article's time expressions against a reference (the document stage's resolver by default). */
export type TimeResolver = (doc: AnalyzedArticle, reference: TimeReference) => TimeExpression[]

/** The document stage's resolver, run on a fresh segmentation of the article. */
export const defaultResolver =
  (options: TimeOptions = {}): TimeResolver =>
  ({ article }, reference) =>
    resolveTimes(article.text, segment(article.text, article.blocks), reference, {
      ...options,
      anchor: 'story',
    })

const day = (iso: string) => iso.slice(0, 10)

/**
 * The day an article's lead places the event on: the earliest day its first
 * sentences state (reports move from the event to its aftermath: "a fire
 * late on Saturday … by Sunday the toll stood at 9"), if any; and the
 * earliest day of the first sentence stating one, when that is later (the
 * earlier day, stated only after it, may be backstory).
 */
function leadVote(doc: AnalyzedArticle, o: typeof STORY_TIME_DEFAULTS): LeadVote | null {
  const { article, annotations } = doc
  const published = article.published ? day(article.published.value) : null
  const sentences = annotations.sentences
    .filter((s) => article.blocks[s.block]?.kind !== 'heading')
    .slice(0, o.leadSentences)
  type Best = { value: string; text: string; sentence: (typeof sentences)[number]; onset: boolean }
  let best: Best | null = null
  let first: Best | null = null
  for (const s of sentences) {
    first ??= best
    for (const t of annotations.times) {
      if (t.start < s.start || t.end > s.end || t.anchor === 'story') continue
      if (!datesEvent(article.text, t, s.start, annotations.quotes)) continue
      const value = day(t.value as string)
      if (published && (value > published || daysBetween(value, published) > o.maxLeadDays)) continue
      // Earliest day first; on one day, a time next to an event verb ("began on
      // Tuesday") over one dating something around it ("talks broke down Tuesday").
      const onset = nearOnset(article.text, t, s)
      if (!best || value < best.value || (value === best.value && onset && !best.onset)) {
        best = { value, text: t.text, sentence: s, onset }
      }
    }
  }
  first ??= best
  if (!best || !first) return null
  const vote = (b: Best): StoryDate['votes'][number] => {
    const { start, end } = b.sentence
    const evidence: Evidence = { article: article.id, start, end, text: article.text.slice(start, end) }
    return { article: article.id, value: b.value, source: 'time-expression', expression: b.text, evidence }
  }
  return { vote: vote(best), first: first.value !== best.value ? vote(first) : null }
}

/**
 * An article's vote: the earliest day its lead states, and, when a later
 * lead sentence states that day and the first sentence stating a day states
 * a later one, that later day (`first`), which shares the vote.
 */
interface LeadVote {
  vote: StoryDate['votes'][number]
  first: StoryDate['votes'][number] | null
}

/**
 * The vote of a report with no publication date, whose lead times are left
 * unresolved: the earliest of its lead's weekdays or days of the month
 * (in the reporter's words, not a duration) that matches exactly one of the
 * story's candidate days ("Thursday night's sitting" and candidates Wednesday
 * 29 and Thursday 30 → the 30th). `null` when none matches exactly one.
 */
function undatedVote(
  doc: AnalyzedArticle,
  candidates: readonly string[],
  o: typeof STORY_TIME_DEFAULTS,
): LeadVote | null {
  const { article, annotations } = doc
  const sentences = annotations.sentences
    .filter((s) => article.blocks[s.block]?.kind !== 'heading')
    .slice(0, o.leadSentences)
  type Best = { value: string; text: string; sentence: (typeof sentences)[number] }
  let best: Best | null = null
  let first: Best | null = null
  for (const s of sentences) {
    first ??= best
    for (const t of annotations.times) {
      if (t.start < s.start || t.end > s.end || t.value !== null) continue
      if (annotations.quotes.some((q) => t.start >= q.start && t.end <= q.end)) continue
      if (DURATION.test(t.text.trim())) continue
      const { weekday, month, day: dom } = writtenDay(t.text)
      if (weekday === null && dom === null) continue
      const matching = candidates.filter((c) => {
        const d = new Date(`${c}T00:00:00Z`)
        return (
          (weekday === null || d.getUTCDay() === weekday) &&
          (dom === null || (d.getUTCDate() === dom && (month === null || d.getUTCMonth() + 1 === month)))
        )
      })
      if (matching.length !== 1) continue
      const value = matching[0] as string
      if (!best || value < best.value) best = { value, text: t.text, sentence: s }
    }
  }
  first ??= best
  if (!best || !first) return null
  const vote = (b: Best): StoryDate['votes'][number] => {
    const { start, end } = b.sentence
    return {
      article: article.id,
      value: b.value,
      source: 'time-expression',
      expression: b.text,
      evidence: { article: article.id, start, end, text: article.text.slice(start, end) },
    }
  }
  return { vote: vote(best), first: first.value !== best.value ? vote(first) : null }
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000
}

/**
 * Infer the event's date.
 *
 * @param docs The story's articles.
 * @param options See {@link StoryTimeOptions}.
 */
export function inferStoryDate(
  docs: readonly AnalyzedArticle[],
  options: Readonly<StoryTimeOptions> = {},
): StoryDate {
  const o = { ...STORY_TIME_DEFAULTS, ...options }
  // Each article's vote, and the day its first dated lead sentence states when that is later (sharing the vote).
  const cast: LeadVote[] = []
  for (const doc of [...docs].sort((a, b) => (a.article.id < b.article.id ? -1 : 1))) {
    const vote = leadVote(doc, o)
    if (vote) cast.push(vote)
    else if (doc.article.published) {
      cast.push({
        vote: {
          article: doc.article.id,
          value: day(doc.article.published.value),
          source: 'published',
          evidence: null,
        },
        first: null,
      })
    }
  }
  if (cast.length === 0) {
    return {
      value: null,
      rule: 'none',
      votes: [],
      why: 'no report states a day or carries a publication date',
    }
  }
  // Reports with no date of their own vote once the others say which days are in question.
  const candidates = [
    ...new Set(cast.flatMap((c) => [c.vote.value, ...(c.first ? [c.first.value] : [])])),
  ].sort()
  const undated = new Set<string>()
  for (const doc of [...docs].sort((a, b) => (a.article.id < b.article.id ? -1 : 1))) {
    if (doc.article.published || cast.some((c) => c.vote.article === doc.article.id)) continue
    const vote = undatedVote(doc, candidates, o)
    if (vote) {
      cast.push(vote)
      undated.add(doc.article.id)
    }
  }
  const weightOf = (v: StoryDate['votes'][number]) =>
    v.source === 'published' ? o.publishedVoteWeight : undated.has(v.article) ? o.undatedVoteWeight : 1
  const tally = new Map<string, number>()
  const add = (v: StoryDate['votes'][number], share: number) =>
    tally.set(v.value, (tally.get(v.value) ?? 0) + weightOf(v) * share)
  for (const c of cast) {
    if (!c.first) add(c.vote, 1)
    else {
      add(c.first, o.firstSentenceShare)
      add(c.vote, 1 - o.firstSentenceShare)
    }
  }
  const ranked = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const rank = new Map(ranked.map(([d], i) => [d, i]))
  // An article whose vote is shared is recorded with the day of the two that ranks higher.
  const votes = cast.map((c) =>
    c.first && (rank.get(c.first.value) ?? 0) < (rank.get(c.vote.value) ?? 0) ? c.first : c.vote,
  )
  const [value, weight] = ranked[0] as [string, number]
  const stated = votes.filter((v) => v.value === value && v.source === 'time-expression').length
  const others = ranked.length - 1
  return {
    value,
    rule: stated > 0 ? 'stated-in-reports' : 'published',
    votes,
    why:
      (stated > 0
        ? `${stated} report(s) state ${value} in their lead`
        : `the reports' publication dates point to ${value}`) +
      (undated.size > 0
        ? `; ${undated.size} undated report(s) vote by the weekday or day their lead names (${votes
            .filter((v) => undated.has(v.article))
            .map((v) => `"${v.expression}" → ${v.value}`)
            .join(', ')})`
        : '') +
      (cast.some((c) => c.first)
        ? `; ${cast.filter((c) => c.first).length} report(s) state an earlier day only after the first lead sentence, so share their vote with that sentence's day (${cast
            .filter((c) => c.first)
            .map((c) => `"${c.first?.expression}" ${c.first?.value} / "${c.vote.expression}" ${c.vote.value}`)
            .join(', ')})`
        : '') +
      (others > 0
        ? ` (weight ${weight}; other days: ${ranked
            .slice(1)
            .map(([d, w]) => `${d} weight ${w}`)
            .join(', ')})`
        : ''),
  }
}

/** How an undated article's relative times were resolved. */
export interface StoryTimeResolution {
  article: string
  /** Reference used (`null` when nothing was resolved). */
  reference: string | null
  /** Relative expressions resolved. */
  resolved: number
  /** Of those, how many land on a day the other reports state. */
  agreeing: number
  why: string
}

/**
 * Resolve the relative times of undated articles against the story.
 *
 * @param docs The story's articles.
 * @param date The story's date ({@link inferStoryDate}).
 * @param resolver Time resolver (default: the document stage's, with `anchor: 'story'`).
 * @returns The articles (undated ones with updated `annotations.times`) and what was done.
 */
export function resolveStoryTimes(
  docs: readonly AnalyzedArticle[],
  date: StoryDate,
  resolver: TimeResolver = defaultResolver(),
): { docs: AnalyzedArticle[]; resolutions: StoryTimeResolution[] } {
  const resolutions: StoryTimeResolution[] = []
  if (!date.value) return { docs: [...docs], resolutions }
  // Days the dated reports state: where an undated report's "Friday" should land.
  const stated = new Set<string>([date.value])
  for (const d of docs) {
    if (!d.article.published) continue
    for (const t of d.annotations.times) if (t.grain === 'day' && t.value) stated.add(day(t.value))
  }
  const references = [
    date.value,
    ...new Set(
      docs
        .map((d) => d.article.published?.value)
        .filter((v): v is string => !!v)
        .map(day)
        .sort(),
    ),
  ].filter((v, i, all) => all.indexOf(v) === i)
  const out = docs.map((doc) => {
    const pending = doc.annotations.times.filter((t) => t.value === null)
    if (doc.article.published || pending.length === 0) return doc
    let best: { reference: string; times: TimeExpression[]; resolved: number; agreeing: number } | null = null
    for (const reference of references) {
      const times = resolver(doc, { date: reference })
      const fresh = times.filter((t) => t.anchor === 'story' && t.value)
      const agreeing = fresh.filter((t) => t.grain === 'day' && stated.has(day(t.value as string))).length
      if (!best || agreeing > best.agreeing) best = { reference, times, resolved: fresh.length, agreeing }
    }
    if (!best || best.resolved === 0) {
      resolutions.push({
        article: doc.article.id,
        reference: null,
        resolved: 0,
        agreeing: 0,
        why: 'nothing to resolve',
      })
      return doc
    }
    const chosen = best
    // Keep what the article resolved itself (absolute dates, its own stated dates);
    // take the story's resolution only for what was left open.
    const merged = doc.annotations.times.map((t) => {
      if (t.value !== null) return t
      const r = chosen.times.find((x) => x.start === t.start && x.end === t.end)
      return r?.value ? { ...r, anchor: 'story' as const, rule: `${r.rule}+story-date` } : t
    })
    resolutions.push({
      article: doc.article.id,
      reference: chosen.reference,
      resolved: chosen.resolved,
      agreeing: chosen.agreeing,
      why:
        chosen.agreeing > 0
          ? `resolved against ${chosen.reference}: ${chosen.agreeing} of ${chosen.resolved} expression(s) land on days the other reports state`
          : `resolved against the story date ${chosen.reference}; no expression could be checked against the other reports`,
    })
    return { article: doc.article, annotations: { ...doc.annotations, times: merged } }
  })
  return { docs: out, resolutions }
}
