/**
 * The cross-article pipeline, in order:
 *
 *   cluster → story-time → claims → origins → align → contradict → corroborate → report
 *
 * This file is the one place that order is written down. Every stage is a
 * pure function of typed input; `runCorpus` groups a set of analysed articles
 * into stories and returns one report per story.
 */
import type { AnalyzedArticle, CorpusReport, Story, StoryReport } from '../model/index.js'
import { type AlignOptions, alignClaims } from './align/index.js'
import { type ClaimOptions, extractClaims } from './claims/index.js'
import { type ClusterOptions, groupStories, toStoryDoc } from './cluster/index.js'
import { type ContradictOptions, findContradictions } from './contradict/index.js'
import { type CorroborateOptions, labelGroups } from './corroborate/index.js'
import { findOrigins, type OriginOptions } from './origins/index.js'
import { buildStoryReport, type ReportOptions, type StoryAnalysis } from './report/index.js'
import {
  defaultResolver,
  inferStoryDate,
  resolveStoryTimes,
  type StoryTimeOptions,
  type TimeResolver,
} from './story-time/index.js'

export { type AlignOptions, alignClaims } from './align/index.js'
export { type ClaimOptions, extractClaims } from './claims/index.js'
export {
  type ClusterOptions,
  createStoryGrouper,
  groupStories,
  type StoryDoc,
  type StoryGrouper,
  toStoryDoc,
} from './cluster/index.js'
export {
  type ContradictOptions,
  compareTitles,
  type Disagreement,
  type DisagreementOptions,
  disagreements,
  findContradictions,
  polarityMismatches,
  valuesAgree,
} from './contradict/index.js'
export { type CorroborateOptions, labelGroups } from './corroborate/index.js'
export { findOrigins, type OriginOptions } from './origins/index.js'
export { buildStoryReport, type ReportOptions, type StoryAnalysis } from './report/index.js'
export {
  inferStoryDate,
  resolveStoryTimes,
  type StoryTimeOptions,
  type TimeResolver,
} from './story-time/index.js'

/** Options of every corpus stage. */
export interface CorpusOptions {
  cluster?: ClusterOptions
  storyTime?: StoryTimeOptions
  claims?: ClaimOptions
  origins?: OriginOptions
  align?: AlignOptions
  contradict?: ContradictOptions
  corroborate?: CorroborateOptions
  report?: ReportOptions
  /** Time resolver for undated articles (default: the document stage's `resolveTimes`). */
  resolver?: TimeResolver
}

/** Version of the report's JSON shape (see `schemas/report.v1.schema.json`). */
export const REPORT_SCHEMA_VERSION = 1 as const

/**
 * Analyse one story: date it, resolve its undated reports' times, extract and
 * align claims, find wire copies and contradictions, label the claims.
 *
 * @param story The story (from {@link groupStories} or a stored grouping).
 * @param articles Its articles (others are ignored).
 * @param options See {@link CorpusOptions}.
 */
export function analyzeStory(
  story: Story,
  articles: readonly AnalyzedArticle[],
  options: Readonly<CorpusOptions> = {},
): StoryAnalysis {
  // In the story's order (earliest first, then id), whatever the caller's order:
  // every later id and list follows from it.
  const byId = new Map(articles.map((a) => [a.article.id, a]))
  const input = story.articles.map((id) => byId.get(id)).filter((a): a is AnalyzedArticle => a !== undefined)
  const date = inferStoryDate(input, options.storyTime)
  const { docs, resolutions } = resolveStoryTimes(
    input,
    date,
    options.resolver ?? defaultResolver(options.storyTime?.times),
  )
  const claims = docs.flatMap((d) => extractClaims(d, options.claims))
  const origins = findOrigins(docs, options.origins)
  const alignment = alignClaims(docs, claims, options.align)
  const { contradictions, dismissals } = findContradictions(
    { docs, claims, alignment, date },
    options.contradict,
  )
  const groups = labelGroups(
    claims,
    alignment.groups,
    alignment.links,
    origins,
    contradictions,
    options.corroborate,
  )
  return {
    story,
    docs,
    date,
    timeResolutions: resolutions,
    origins,
    claims,
    alignment,
    groups,
    contradictions,
    dismissals,
  }
}

/**
 * Run the cross-article pipeline: group the articles into stories and report
 * on each. Pure: the same articles give the same reports in any order.
 *
 * @param articles Analysed articles (document pipeline output).
 * @param options See {@link CorpusOptions}.
 * @returns One report per story, sorted by story id.
 */
export function runCorpus(
  articles: readonly AnalyzedArticle[],
  options: Readonly<CorpusOptions> = {},
): StoryReport[] {
  const stories = groupStories(articles.map(toStoryDoc), options.cluster)
  return stories.map((story) => buildStoryReport(analyzeStory(story, articles, options), options.report))
}

/** Wrap story reports into the versioned report document. */
export function toCorpusReport(stories: readonly StoryReport[]): CorpusReport {
  return { schemaVersion: REPORT_SCHEMA_VERSION, generator: 'parallax', stories: [...stories] }
}
