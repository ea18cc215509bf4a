/**
 * The checks every unseen validation corpus (`test/holdout*`) passes on
 * itself, whatever the pipeline does: every cited substring is in its decoded
 * article, contradictions span origins, all six kinds are planted, a wire copy
 * and an undated report are there, every file belongs to exactly one truth,
 * the truth schema is that of the first corpus. No scorer and no pipeline
 * function is called: a corpus is measured once, by the lead
 * (`npm run bench:holdout`), and is not to be tuned on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The first unseen corpus's truth: the schema every later one keeps. */
const FIRST_TRUTH_DIR = join(ROOT, 'test', 'holdout', 'truth')

const CONTRADICTION_KINDS = ['role', 'number', 'date', 'place', 'quote-speaker', 'quote-wording'] as const
const DECOY_KINDS = [
  'alias',
  'rounding',
  'hedge',
  'compatible-title',
  'relative-date',
  'rising-count',
  'paraphrase',
  'omission',
] as const
const JUNK_KINDS = [
  'read-more',
  'teaser',
  'share',
  'newsletter',
  'subscribe',
  'ad',
  'credit',
  'photo-credit',
  'byline',
  'duplicate',
  'related',
  'comment',
  'cookie-banner',
  'footer',
  'boilerplate',
  'breadcrumb',
  'tags',
  'ticker',
] as const
const ROLE_RULES = ['premodifier', 'apposition', 'possessive', 'counterpart', 'coreference'] as const
const TRUTH_KEYS = [
  'event',
  'summary',
  'date',
  'articles',
  'roles',
  'quotes',
  'times',
  'quantities',
  'aliases',
  'contradictions',
  'decoys',
  'corroborated',
  'singleSource',
]
const DAY = /^\d{4}-\d{2}-\d{2}$/

interface Snippet {
  article: string
  text: string
}

interface HoldoutTruth {
  event: string
  summary: string
  date: string
  articles: {
    file: string
    outlet: string
    published: string | null
    publishedEvidence?: string
    format: 'text' | 'html'
    encoding: 'utf-8'
    origin: string
    wireCopyOf?: string
    headline: string | null
    standfirst?: string
    headings: string[]
    captions: string[]
    removed: { text: string; kind: string }[]
  }[]
  roles: { person: string; article: string; title: string; rule: string; evidence: string }[]
  quotes: { text: string; speaker: string; articles: string[]; note?: string }[]
  times: { article: string; text: string; value: string; anchor?: string }[]
  quantities: { article: string; text: string; value: number; unit: string; hedge?: string }[]
  aliases: string[][]
  contradictions: {
    kind: (typeof CONTRADICTION_KINDS)[number]
    subject: string
    values: { article: string; value: string; evidence: string }[]
  }[]
  decoys: { kind: (typeof DECOY_KINDS)[number]; note: string; evidence: Snippet[] }[]
  corroborated: { claim: string; origins: number; evidence: Snippet[] }[]
  singleSource: { claim: string; article: string; text: string }[]
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [relative(ROOT, path).split('\\').join('/')]
  })
}

const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
/**
 * Declare the corpus checks of one unseen corpus.
 *
 * @param label Name in the test titles (`second unseen validation corpus`).
 * @param here The corpus folder, relative to the repo root (`test/holdout2`).
 * @param earlier Truth folders (relative to the repo root) whose events this corpus must not repeat.
 * @param options `undatedNamesNoDate: false` lets an undated report name a
 *   year or month in its own text (the first corpus's does: "the 2026 budget");
 *   the later corpora hold to the stricter rule.
 */
export function checkUnseenCorpus(
  label: string,
  here: string,
  earlier: readonly string[],
  options: { undatedNamesNoDate?: boolean } = {},
): void {
  const strictUndated = options.undatedNamesNoDate ?? true
  const HERE = here
  const TRUTH_DIR = join(ROOT, HERE, 'truth')
  const CORPUS_DIR = join(ROOT, HERE, 'corpus')
  const EARLIER_TRUTH_DIRS = earlier.map((dir) => join(ROOT, dir))
  const truthFiles = jsonFiles(TRUTH_DIR)
  const rawTruths = truthFiles.map((f) => JSON.parse(readFileSync(join(TRUTH_DIR, f), 'utf8')) as unknown)
  const truths = rawTruths as HoldoutTruth[]
  const decode = (file: string) =>
    new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(ROOT, file)))
  const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length

  describe(`${label}: the corpus itself`, () => {
    it('has 3 events, none of them an event of an earlier corpus', () => {
      expect(truths).toHaveLength(3)
      const earlierEvents = EARLIER_TRUTH_DIRS.flatMap(jsonFiles)
      expect(earlierEvents.length).toBeGreaterThanOrEqual(3 * EARLIER_TRUTH_DIRS.length)
      for (const f of truthFiles) expect(earlierEvents, `${f} is a new event`).not.toContain(f)
      for (const [i, t] of truths.entries()) expect(`${t.event}.json`).toBe(truthFiles[i])
    })

    it('uses exactly the truth schema of test/holdout/truth', () => {
      const reference = JSON.parse(
        readFileSync(join(FIRST_TRUTH_DIR, jsonFiles(FIRST_TRUTH_DIR)[0] ?? ''), 'utf8'),
      ) as Record<string, unknown>
      expect(Object.keys(reference).sort()).toEqual([...TRUTH_KEYS].sort())
      for (const t of rawTruths) expect(Object.keys(t as object).sort()).toEqual([...TRUTH_KEYS].sort())
    })

    it('lists every corpus file in exactly one truth file', () => {
      const owners = new Map<string, string[]>()
      for (const t of truths)
        for (const a of t.articles) owners.set(a.file, [...(owners.get(a.file) ?? []), t.event])
      const files = listFiles(CORPUS_DIR)
      expect(files.length).toBe(9)
      for (const file of files) expect(owners.get(file), `${file} is listed once`).toHaveLength(1)
      for (const file of owners.keys()) expect(files).toContain(file)
    })

    it('plants all six contradiction kinds (7–9 in all), 10–15 decoys, a wire copy, an undated report, text and HTML', () => {
      const contradictions = truths.flatMap((t) => t.contradictions)
      expect([...new Set(contradictions.map((c) => c.kind))].sort()).toEqual([...CONTRADICTION_KINDS].sort())
      expect(contradictions.length).toBeGreaterThanOrEqual(7)
      expect(contradictions.length).toBeLessThanOrEqual(9)
      const decoys = truths.flatMap((t) => t.decoys)
      expect(decoys.length).toBeGreaterThanOrEqual(10)
      expect(decoys.length).toBeLessThanOrEqual(15)
      const articles = truths.flatMap((t) => t.articles)
      expect(articles.filter((a) => a.published === null).length).toBeGreaterThanOrEqual(1)
      expect(articles.filter((a) => a.format === 'html').length).toBeGreaterThanOrEqual(3)
      expect(articles.filter((a) => a.format === 'text').length).toBeGreaterThanOrEqual(3)
      const copies = articles.filter((a) => a.wireCopyOf !== undefined)
      expect(copies.length, 'one wire story carried by two outlets').toBeGreaterThanOrEqual(2)
      expect(new Set(copies.map((a) => a.origin)).size).toBeLessThan(copies.length)
      expect(new Set(copies.map((a) => a.outlet)).size, 'carried by different outlets').toBe(copies.length)
    })

    it('keeps the corpus small (under 400 KB)', () => {
      const bytes = listFiles(join(ROOT, HERE)).reduce((n, f) => n + statSync(join(ROOT, f)).size, 0)
      expect(bytes).toBeLessThan(400_000)
    })
  })

  describe.each(truths.map((t) => [t.event, t] as const))('%s', (_, truth) => {
    const byId = new Map(truth.articles.map((a) => [a.file, a]))
    const texts = new Map(truth.articles.map((a) => [a.file, decode(a.file)]))

    function present(id: string, text: string, what: string): void {
      const body = texts.get(id)
      expect(body, `${what}: article ${id} belongs to ${truth.event}`).toBeDefined()
      expect(text.length, `${what}: non-empty`).toBeGreaterThan(0)
      if (!body?.includes(text)) expect.fail(`${what}: ${JSON.stringify(text)} not found in ${id}`)
    }

    it('is well formed: 3 outlets, dated or not, reports of 250–600 words', () => {
      expect(truth.date).toMatch(DAY)
      expect(truth.summary.length).toBeGreaterThan(20)
      expect(truth.articles).toHaveLength(3)
      expect(new Set(truth.articles.map((a) => a.outlet)).size).toBe(3)
      for (const a of truth.articles) {
        expect(a.file.startsWith(`${HERE}/corpus/${truth.event}/`), a.file).toBe(true)
        expect(a.file.endsWith(a.format === 'html' ? '.html' : '.txt'), a.file).toBe(true)
        expect(a.encoding).toBe('utf-8')
        if (a.published !== null) {
          expect(a.published).toMatch(DAY)
          expect(a.publishedEvidence, `${a.file}: dated by its text`).toBeDefined()
        } else {
          expect(a.publishedEvidence, `${a.file}: undated`).toBeUndefined()
          // No date anywhere: no year, no month name, no numeric day.
          const body = texts.get(a.file) ?? ''
          const dated = body.match(
            /\b(20\d\d|19\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/g,
          )
          // A year may only appear inside page junk (a teaser or cross-link), never in the report.
          const junk = a.removed.map((r) => r.text).join('\n')
          if (strictUndated)
            for (const m of dated ?? []) expect(junk, `${a.file}: undated, yet "${m}"`).toContain(m)
        }
        for (const r of a.removed) expect(JUNK_KINDS, `${a.file}: ${r.text}`).toContain(r.kind)
        const body = texts.get(a.file) ?? ''
        // An HTML page's report is its paragraphs; the rest is page furniture.
        const prose =
          a.format === 'html'
            ? [...body.matchAll(/<(p|h1|h2|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g)]
                .map((m) => (m[2] ?? '').replace(/<[^>]+>/g, ' '))
                .join(' ')
            : body
        const n = words(prose)
        expect(n, `${a.file}: ${n} words`).toBeGreaterThanOrEqual(250)
        expect(n, `${a.file}: ${n} words`).toBeLessThanOrEqual(600)
        if (a.format === 'html') {
          expect(body, `${a.file}: JSON-LD NewsArticle`).toMatch(/"@type":\s*"NewsArticle"/)
          expect(body, `${a.file}: lead figure`).toMatch(/<figcaption\b/)
        }
      }
    })

    it('cites only text present in its articles', () => {
      for (const a of truth.articles) {
        if (a.headline !== null) present(a.file, a.headline, 'headline')
        if (a.standfirst !== undefined) present(a.file, a.standfirst, 'standfirst')
        if (a.publishedEvidence !== undefined) present(a.file, a.publishedEvidence, 'publishedEvidence')
        for (const h of a.headings) present(a.file, h, 'heading')
        for (const c of a.captions) present(a.file, c, 'caption')
        for (const r of a.removed) present(a.file, r.text, `removed (${r.kind})`)
        for (const r of a.removed.filter((x) => x.kind === 'duplicate'))
          expect(texts.get(a.file)?.split(r.text).length, `duplicate twice: ${r.text}`).toBe(3)
      }
      for (const r of truth.roles) {
        present(r.article, r.evidence, `role of ${r.person}`)
        expect(r.evidence).toContain(r.title)
        expect(ROLE_RULES).toContain(r.rule)
      }
      for (const q of truth.quotes) {
        expect(q.articles.length).toBeGreaterThan(0)
        for (const id of q.articles) present(id, q.text, `quote of ${q.speaker}`)
      }
      for (const t of truth.times) {
        present(t.article, t.text, 'time')
        expect(t.value).toMatch(/^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?$/)
        expect(t.anchor === 'story', `${t.text}: story-anchored exactly in undated reports`).toBe(
          byId.get(t.article)?.published === null,
        )
      }
      for (const q of truth.quantities) {
        present(q.article, q.text, 'quantity')
        expect(Number.isFinite(q.value)).toBe(true)
      }
      for (const c of truth.contradictions)
        for (const v of c.values) present(v.article, v.evidence, `${c.kind}`)
      for (const d of truth.decoys) for (const e of d.evidence) present(e.article, e.text, `decoy ${d.kind}`)
      for (const c of truth.corroborated) for (const e of c.evidence) present(e.article, e.text, c.claim)
      for (const s of truth.singleSource) present(s.article, s.text, s.claim)
    })

    it('plants 1–3 typed contradictions, each value backed by its own origins', () => {
      expect(truth.contradictions.length).toBeGreaterThanOrEqual(1)
      expect(truth.contradictions.length).toBeLessThanOrEqual(3)
      for (const c of truth.contradictions) {
        const originsByValue = new Map<string, Set<string>>()
        for (const v of c.values) {
          const origin = byId.get(v.article)?.origin ?? ''
          originsByValue.set(v.value, (originsByValue.get(v.value) ?? new Set()).add(origin))
        }
        expect(originsByValue.size, `${c.kind}: ≥ 2 distinct values`).toBeGreaterThanOrEqual(2)
        const origins = new Set([...originsByValue.values()].flatMap((s) => [...s]))
        expect(origins.size, `${c.kind}: spans ≥ 2 origins`).toBeGreaterThanOrEqual(2)
        const seen = new Map<string, string>()
        for (const [value, origins] of originsByValue)
          for (const o of origins) {
            expect(seen.get(o) ?? value, `${c.kind}: ${o} backs two values`).toBe(value)
            seen.set(o, value)
          }
      }
    })

    it('plants decoys of known kinds', () => {
      expect(truth.decoys.length).toBeGreaterThanOrEqual(2)
      for (const d of truth.decoys) {
        expect(DECOY_KINDS).toContain(d.kind)
        expect(new Set(d.evidence.map((e) => e.article)).size).toBeGreaterThanOrEqual(2)
      }
    })

    it('counts corroboration by independent origins; single-source facts have one', () => {
      for (const c of truth.corroborated) {
        const origins = new Set(c.evidence.map((e) => byId.get(e.article)?.origin))
        expect(origins.size, c.claim).toBe(c.origins)
        expect(c.origins, c.claim).toBeGreaterThanOrEqual(2)
      }
      for (const s of truth.singleSource) expect(byId.has(s.article), s.claim).toBe(true)
    })
  })
}
