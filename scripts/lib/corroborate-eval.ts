/**
 * Evaluation of the corpus stages on the example corpus (`examples/corpus/`)
 * against its truth files (`test/golden/events/*.json`): story grouping,
 * contradiction recall, decoys wrongly flagged, corroborated and
 * single-source facts, wire-copy origins and story dates. Shared by
 * `npm run bench:corroborate` and `test/corroborate.golden.test.ts`.
 *
 * A truth snippet is located in the article text (first occurrence, quotes
 * and spaces normalised); a produced fact matches it when their spans overlap.
 *
 * Another corpus with truth files of the same schema (the unseen validation
 * corpus, `test/holdout/truth`) is scored the same way by passing its truth
 * directory; truth files cite their articles by path from `root`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type CorpusOptions, runCorpus } from '../../src/corpus/index.js'
import { runDocuments } from '../../src/document/index.js'
import type { AnalyzedArticle, Contradiction, StoryReport } from '../../src/model/index.js'
import { clusterScores, type PRF } from './cluster-metrics.js'

interface Snippet {
  article: string
  text: string
}

/** One truth file (the fields this evaluation reads). */
export interface Truth {
  event: string
  date: string
  articles: { file: string; jsonlLine?: number; origin: string; outlet: string }[]
  contradictions: {
    kind: Contradiction['kind']
    subject: string
    values: { article: string; value: string; evidence: string }[]
  }[]
  decoys: { kind: string; note: string; evidence: Snippet[] }[]
  corroborated: { claim: string; origins: number; evidence: Snippet[] }[]
  singleSource: { claim: string; article: string; text: string }[]
}

/** The analysed example corpus. */
export interface ExampleCorpus {
  truths: Truth[]
  docs: AnalyzedArticle[]
  /** Truth article id (`file` or `file#L<n>`) → article id. */
  idOf: Map<string, string>
  reports: StoryReport[]
  /** Documents the pipeline could not read, with why. */
  failed: { input: string; reason: string }[]
}

/** Truth article id, as the truth files cite articles. */
export const truthId = (a: { file: string; jsonlLine?: number }): string =>
  a.jsonlLine === undefined ? a.file : `${a.file}#L${a.jsonlLine}`

/** The example corpus's truth files, relative to the repository root: the default. */
export const EXAMPLE_TRUTH_DIR = join('test', 'golden', 'events')

/**
 * Read every truth file of `truthDir` (relative to `root`, or absolute; default:
 * the example corpus's) and run the real document pipeline on their articles.
 */
export function readExampleCorpus(
  root: string,
  truthDir: string = EXAMPLE_TRUTH_DIR,
): Omit<ExampleCorpus, 'reports'> {
  const dir = resolve(root, truthDir)
  const truths = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Truth)
  const files = [...new Set(truths.flatMap((t) => t.articles.map((a) => a.file)))].sort()
  const docs: AnalyzedArticle[] = []
  const idOf = new Map<string, string>()
  const failed: ExampleCorpus['failed'] = []
  for (const file of files) {
    for (const env of runDocuments({ input: file, bytes: readFileSync(join(root, file)) })) {
      const { article, annotations } = env.data
      if (!article || !annotations) {
        failed.push({ input: env.input, reason: env.messages.map((m) => m.reason).join('; ') })
        continue
      }
      docs.push({ article, annotations })
      idOf.set(env.input, article.id)
    }
  }
  return { truths, docs, idOf, failed }
}

/** Read the example corpus (or the corpus of `truthDir`) and run `runCorpus` on it. */
export function analyzeExampleCorpus(
  root: string,
  options: CorpusOptions = {},
  truthDir: string = EXAMPLE_TRUTH_DIR,
): ExampleCorpus {
  const read = readExampleCorpus(root, truthDir)
  return { ...read, reports: runCorpus(read.docs, options) }
}

const normal = (s: string) =>
  s
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')

/** Locate a snippet in an article's text: `[start, end)` or `null`. */
function locate(
  corpus: ExampleCorpus,
  truthArticle: string,
  text: string,
): { id: string; start: number; end: number } | null {
  const id = corpus.idOf.get(truthArticle)
  const doc = id && corpus.docs.find((d) => d.article.id === id)
  if (!id || !doc) return null
  const at = doc.article.text.indexOf(text)
  if (at >= 0) return { id, start: at, end: at + text.length }
  // Same text with quotes and spaces normalised (both strings keep their lengths
  // only when no run of spaces collapses, so fall back to a proportional search).
  const hay = normal(doc.article.text)
  const needle = normal(text)
  const k = hay.indexOf(needle)
  if (k < 0) return null
  const ratio = doc.article.text.length / hay.length
  return { id, start: Math.floor(k * ratio), end: Math.ceil((k + needle.length) * ratio) }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end

/** Scores of one evaluation. */
export interface GoldenScores {
  articles: number
  failed: number
  grouping: { bcubed: PRF; pairwise: PRF; clusters: number; events: number }
  dates: { correct: number; total: number; wrong: string[] }
  contradictions: {
    found: number
    total: number
    byKind: Record<string, [found: number, total: number]>
    missed: string[]
    /** Produced contradictions matching no truth contradiction. */
    unexpected: string[]
    produced: number
  }
  decoys: { flagged: number; total: number; list: string[] }
  corroborated: { found: number; total: number; originsExact: number; missed: string[] }
  singleSource: { found: number; total: number; missed: string[] }
  origins: { pairwise: PRF }
}

function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp)
  const r = tp + fn === 0 ? 1 : tp / (tp + fn)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

/** Score the analysed example corpus against its truths. */
export function scoreExampleCorpus(corpus: ExampleCorpus): GoldenScores {
  const storyOf = new Map<string, StoryReport>()
  for (const r of corpus.reports) for (const a of r.articles) storyOf.set(a.id, r)
  const gold = new Map<string, string>()
  const predicted = new Map<string, string>()
  for (const t of corpus.truths) {
    for (const a of t.articles) {
      const id = corpus.idOf.get(truthId(a))
      if (!id) continue
      gold.set(id, t.event)
      predicted.set(id, storyOf.get(id)?.id ?? `missing:${id}`)
    }
  }
  const grouping = { ...clusterScores(gold, predicted), events: corpus.truths.length }

  const dates = { correct: 0, total: 0, wrong: [] as string[] }
  const contradictions: GoldenScores['contradictions'] = {
    found: 0,
    total: 0,
    byKind: {},
    missed: [],
    unexpected: [],
    produced: 0,
  }
  const decoys: GoldenScores['decoys'] = { flagged: 0, total: 0, list: [] }
  const corroborated: GoldenScores['corroborated'] = { found: 0, total: 0, originsExact: 0, missed: [] }
  const singleSource: GoldenScores['singleSource'] = { found: 0, total: 0, missed: [] }
  const matched = new Set<Contradiction>()
  let oTp = 0
  let oFp = 0
  let oFn = 0

  for (const t of corpus.truths) {
    const ids = t.articles.map((a) => corpus.idOf.get(truthId(a))).filter((x): x is string => !!x)
    // The event's story: the one holding most of its articles.
    const counts = new Map<StoryReport, number>()
    for (const id of ids) {
      const s = storyOf.get(id)
      if (s) counts.set(s, (counts.get(s) ?? 0) + 1)
    }
    const story = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
    dates.total++
    if (story?.date === t.date) dates.correct++
    else dates.wrong.push(`${t.event}: ${story?.date ?? 'no story'} (truth ${t.date})`)
    const produced = story?.contradictions ?? []

    for (const c of t.contradictions) {
      contradictions.total++
      const kind = contradictions.byKind[c.kind] ?? [0, 0]
      kind[1]++
      const spots = c.values.map((v) => ({ v, at: locate(corpus, v.article, v.evidence) }))
      const hit = produced.find((p) => {
        if (p.kind !== c.kind) return false
        // A value covers a truth value when it cites the same sentence; for dates,
        // also when it gives the same article's day from another sentence.
        const covered = spots.filter(({ v, at }) =>
          p.values.some(
            (pv) =>
              at &&
              pv.article === at.id &&
              (overlaps(pv.evidence, at) || (p.kind === 'date' && pv.normalized === v.value)),
          ),
        )
        return new Set(covered.map(({ v }) => v.value.toLowerCase())).size >= 2
      })
      if (hit) {
        contradictions.found++
        kind[0]++
        matched.add(hit)
      } else contradictions.missed.push(`${t.event} ${c.kind}: ${c.subject}`)
      contradictions.byKind[c.kind] = kind
    }

    for (const d of t.decoys) {
      decoys.total++
      const spots = d.evidence.map((e) => locate(corpus, e.article, e.text))
      // A decoy is flagged when one contradiction sets two of its snippets against
      // each other: values from two articles, each inside a snippet's span and wording.
      const flagged = produced.find((p) => {
        // The event's real conflict may list agreeing values side by side; only a
        // contradiction matching no truth can flag a decoy.
        if (matched.has(p)) return false
        const articles = new Set(
          p.values
            .filter((pv) =>
              d.evidence.some((e, k) => {
                const s = spots[k]
                if (!s || pv.article !== s.id || !overlaps(pv.evidence, s)) return false
                const value = normal(pv.value).toLowerCase()
                const text = normal(e.text).toLowerCase()
                return text.includes(value) || value.includes(text)
              }),
            )
            .map((pv) => pv.article),
        )
        return articles.size >= 2
      })
      if (flagged) {
        decoys.flagged++
        decoys.list.push(`${t.event} ${d.kind}: ${d.note} ← ${flagged.kind} ${flagged.subject.text}`)
      }
    }

    const claims = story?.claims ?? []
    const claimAt = (s: { id: string; start: number; end: number }) =>
      claims.filter((c) => c.evidence.some((e) => e.article === s.id && overlaps(e, s)))
    for (const c of t.corroborated) {
      corroborated.total++
      const spots = c.evidence.map((e) => locate(corpus, e.article, e.text)).filter((x) => x !== null)
      // Found when one corroborated group covers snippets of at least two articles.
      const candidates = new Map<string, Set<string>>()
      for (const s of spots) {
        if (!s) continue
        for (const claim of claimAt(s)) {
          if (claim.status !== 'corroborated') continue
          candidates.set(claim.id, (candidates.get(claim.id) ?? new Set()).add(s.id))
        }
      }
      const best = [...candidates].sort((a, b) => b[1].size - a[1].size)[0]
      if (best && best[1].size >= 2) {
        corroborated.found++
        const group = claims.find((x) => x.id === best[0])
        if (group?.origins === c.origins) corroborated.originsExact++
      } else corroborated.missed.push(`${t.event}: ${c.claim}`)
    }
    for (const s of t.singleSource) {
      singleSource.total++
      const at = locate(corpus, s.article, s.text)
      const found = at ? claimAt(at) : []
      if (found.length > 0 && found.every((c) => c.status === 'single-source')) singleSource.found++
      else
        singleSource.missed.push(
          `${t.event}: ${s.claim} (${found.map((c) => `${c.status} via ${c.articles.length} article(s)`).join(', ') || 'no claim'})`,
        )
    }
    // Wire copies: article pairs of one event sharing (or not) a truth origin.
    const originOf = new Map<string, string>()
    for (const r of corpus.reports) for (const a of r.articles) originOf.set(a.id, a.origin)
    for (let i = 0; i < t.articles.length; i++) {
      for (let j = i + 1; j < t.articles.length; j++) {
        const x = t.articles[i] as Truth['articles'][number]
        const y = t.articles[j] as Truth['articles'][number]
        const ix = corpus.idOf.get(truthId(x))
        const iy = corpus.idOf.get(truthId(y))
        if (!ix || !iy) continue
        const same = originOf.get(ix) === originOf.get(iy)
        const truthSame = x.origin === y.origin
        if (same && truthSame) oTp++
        else if (same) oFp++
        else if (truthSame) oFn++
      }
    }
  }
  for (const r of corpus.reports) {
    for (const c of r.contradictions) {
      contradictions.produced++
      if (!matched.has(c)) {
        contradictions.unexpected.push(
          `${r.id} ${c.kind}: ${c.subject.text} — ${c.values.map((v) => v.value).join(' | ')}`,
        )
      }
    }
  }
  return {
    articles: corpus.docs.length,
    failed: corpus.failed.length,
    grouping,
    dates,
    contradictions,
    decoys,
    corroborated,
    singleSource,
    origins: { pairwise: prf(oTp, oFp, oFn) },
  }
}
