/**
 * Guards the example corpus itself: every truth file in this folder describes
 * one invented event of `examples/corpus/`, and every substring it cites must
 * be present in the decoded article. Parallax's output is compared against
 * these truths elsewhere; this test only checks that the truths are sound.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const TRUTH_DIR = fileURLToPath(new URL('./', import.meta.url))
const CORPUS_DIR = join(ROOT, 'examples', 'corpus')

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
const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le'] as const
const FORMATS = ['text', 'html', 'jsonl'] as const
const DAY = /^\d{4}-\d{2}-\d{2}$/

type ContradictionKind = (typeof CONTRADICTION_KINDS)[number]
type DecoyKind = (typeof DECOY_KINDS)[number]
type Encoding = (typeof ENCODINGS)[number]
type Format = (typeof FORMATS)[number]

interface Snippet {
  article: string
  text: string
}

interface TruthArticle {
  file: string
  outlet: string
  published: string | null
  publishedEvidence?: string
  format: Format
  encoding: Encoding
  origin: string
  headline: string | null
  standfirst?: string
  headings: string[]
  captions: string[]
  removed: { text: string; kind: string }[]
  /** 1-based line of the record, for articles inside a `.jsonl` file. */
  jsonlLine?: number
}

interface Truth {
  event: string
  summary: string
  date: string
  distinctFrom?: string[]
  articles: TruthArticle[]
  roles: { person: string; article: string; title: string; rule?: string; evidence?: string }[]
  quotes: { text: string; speaker: string; articles: string[]; note?: string }[]
  times: { article: string; text: string; value: string | null; anchor?: string }[]
  quantities: { article: string; text: string; value: number; unit: string; hedge?: string }[]
  aliases: string[][]
  contradictions: {
    kind: ContradictionKind
    subject: string
    values: { article: string; value: string; evidence: string }[]
  }[]
  decoys: { kind: DecoyKind; note: string; evidence: Snippet[] }[]
  corroborated: { claim: string; origins: number; evidence: Snippet[] }[]
  singleSource: { claim: string; article: string; text: string }[]
}

/** The id an article is cited by: its file, or `file#L<n>` for a record of a JSON Lines file. */
function articleId(a: TruthArticle): string {
  return a.jsonlLine === undefined ? a.file : `${a.file}#L${a.jsonlLine}`
}

/**
 * The 0x80–0x9F block of windows-1252 (0 where the code page leaves a byte undefined).
 * Decoded by hand: Node 20's `TextDecoder('windows-1252')` falls back to Latin-1 and
 * turns curly quotes into C1 control characters.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
]

function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) {
    const high = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : undefined
    expect(high, `byte 0x${b.toString(16)} is defined in windows-1252`).not.toBe(0)
    out += String.fromCharCode(high ?? b)
  }
  return out
}

function decode(bytes: Buffer, encoding: Encoding): string {
  if (encoding === 'utf-16le') {
    expect(bytes[0], 'UTF-16 LE file starts with a BOM').toBe(0xff)
    expect(bytes[1], 'UTF-16 LE file starts with a BOM').toBe(0xfe)
    return new TextDecoder('utf-16le').decode(bytes)
  }
  if (encoding === 'windows-1252') {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'not valid UTF-8').toThrow()
    return decodeWindows1252(bytes)
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

/** The decoded article (for a JSON Lines record: its `text` or `html`) and, for a record, its `title`. */
function decodeArticle(a: TruthArticle): { body: string; title: string | null } {
  const text = decode(readFileSync(join(ROOT, a.file)), a.encoding)
  if (a.format !== 'jsonl') return { body: text, title: null }
  const line = text.split('\n')[(a.jsonlLine ?? 0) - 1]
  expect(line, `${articleId(a)}: record exists`).toBeDefined()
  const record = JSON.parse(line ?? '') as {
    text?: unknown
    html?: unknown
    title?: unknown
    source?: unknown
  }
  expect(record.source, `${articleId(a)}: record names its outlet`).toBe(a.outlet)
  const body = typeof record.text === 'string' ? record.text : record.html
  expect(typeof body, `${articleId(a)}: record has text or html`).toBe('string')
  return { body: String(body), title: typeof record.title === 'string' ? record.title : null }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [relative(ROOT, path).split('\\').join('/')]
  })
}

const truthFiles = readdirSync(TRUTH_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
const truths: Truth[] = truthFiles.map(
  (name) => JSON.parse(readFileSync(join(TRUTH_DIR, name), 'utf8')) as Truth,
)

describe('example corpus truth files', () => {
  it('exist for 7 or more events', () => {
    expect(truths.length).toBeGreaterThanOrEqual(7)
  })

  it('list every corpus file in exactly one truth file', () => {
    const owners = new Map<string, string[]>()
    for (const t of truths) {
      for (const file of new Set(t.articles.map((a) => a.file))) {
        owners.set(file, [...(owners.get(file) ?? []), t.event])
      }
    }
    for (const file of listFiles(CORPUS_DIR)) {
      expect(owners.get(file), `${file} is listed once`).toHaveLength(1)
    }
    for (const file of owners.keys()) {
      expect(statSync(join(ROOT, file)).isFile(), `${file} exists`).toBe(true)
    }
  })

  it('cover all six contradiction kinds', () => {
    const kinds = new Set(truths.flatMap((t) => t.contradictions.map((c) => c.kind)))
    expect([...kinds].sort()).toEqual([...CONTRADICTION_KINDS].sort())
  })

  it('keep same-actor events apart, symmetrically', () => {
    const events = new Set(truths.map((t) => t.event))
    for (const t of truths) {
      for (const other of t.distinctFrom ?? []) {
        expect(events.has(other), `${t.event} → ${other}`).toBe(true)
        expect(truths.find((u) => u.event === other)?.distinctFrom ?? []).toContain(t.event)
      }
    }
    expect(truths.some((t) => (t.distinctFrom ?? []).length > 0)).toBe(true)
  })

  it('include the required formats and encodings', () => {
    const articles = truths.flatMap((t) => t.articles)
    expect(
      new Set(articles.filter((a) => a.format === 'html').map((a) => a.file)).size,
    ).toBeGreaterThanOrEqual(5)
    expect(articles.filter((a) => a.format === 'jsonl').length).toBeGreaterThanOrEqual(2)
    expect(articles.some((a) => a.encoding === 'windows-1252')).toBe(true)
    expect(articles.some((a) => a.encoding === 'utf-16le')).toBe(true)
    expect(articles.filter((a) => a.published === null).length).toBeGreaterThanOrEqual(2)
    const origins = articles.map((a) => a.origin)
    expect(origins.length - new Set(origins).size, 'at least one wire copy').toBeGreaterThanOrEqual(1)
  })
})

describe.each(truths.map((t, i) => [truthFiles[i] ?? '', t] as const))('%s', (name, truth) => {
  const byId = new Map(truth.articles.map((a) => [articleId(a), a]))
  const decoded = new Map(truth.articles.map((a) => [articleId(a), decodeArticle(a)]))
  const texts = new Map([...decoded].map(([id, d]) => [id, d.body]))

  /** Asserts `text` occurs in the decoded article `id` of this event. */
  function present(id: string, text: string, what: string): void {
    const body = texts.get(id)
    expect(body, `${what}: article ${id} belongs to ${truth.event}`).toBeDefined()
    expect(text.length, `${what}: non-empty`).toBeGreaterThan(0)
    if (!body?.includes(text)) expect.fail(`${what}: ${JSON.stringify(text)} not found in ${id}`)
  }

  it('is well formed', () => {
    expect(name).toBe(`${truth.event}.json`)
    expect(truth.date).toMatch(DAY)
    expect(truth.summary.length).toBeGreaterThan(20)
    expect(truth.articles.length).toBeGreaterThanOrEqual(3)
    expect(byId.size, 'article ids are unique').toBe(truth.articles.length)
    for (const a of truth.articles) {
      expect(
        a.file.startsWith(`examples/corpus/${truth.event}/`),
        `${a.file} lives in the event folder`,
      ).toBe(true)
      expect(FORMATS).toContain(a.format)
      expect(ENCODINGS).toContain(a.encoding)
      if (a.published !== null) expect(a.published).toMatch(DAY)
      expect(a.format === 'jsonl', `${articleId(a)}: jsonlLine only for JSON Lines`).toBe(
        a.jsonlLine !== undefined,
      )
    }
    expect(new Set(truth.articles.map((a) => a.outlet)).size, 'one outlet per article').toBe(
      truth.articles.length,
    )
  })

  it('cites only text present in the decoded articles', () => {
    for (const a of truth.articles) {
      const id = articleId(a)
      const title = decoded.get(id)?.title ?? null
      if (a.headline !== null && a.headline !== title) present(id, a.headline, 'headline')
      if (a.standfirst !== undefined) present(id, a.standfirst, 'standfirst')
      if (a.publishedEvidence !== undefined) present(id, a.publishedEvidence, 'publishedEvidence')
      for (const h of a.headings) present(id, h, 'heading')
      for (const c of a.captions) present(id, c, 'caption')
      for (const r of a.removed) present(id, r.text, `removed (${r.kind})`)
    }
    for (const r of truth.roles) {
      present(r.article, r.evidence ?? r.title, `role of ${r.person}`)
      if (r.evidence !== undefined) expect(r.evidence).toContain(r.title)
    }
    for (const q of truth.quotes) {
      expect(q.articles.length).toBeGreaterThan(0)
      for (const id of q.articles) present(id, q.text, `quote of ${q.speaker}`)
    }
    for (const t of truth.times) {
      present(t.article, t.text, 'time')
      if (t.value !== null) expect(t.value).toMatch(/^\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?$/)
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

  it('plants 1–3 typed contradictions, each across origins', () => {
    expect(truth.contradictions.length).toBeGreaterThanOrEqual(1)
    expect(truth.contradictions.length).toBeLessThanOrEqual(3)
    for (const c of truth.contradictions) {
      expect(CONTRADICTION_KINDS).toContain(c.kind)
      expect(c.subject.length).toBeGreaterThan(0)
      const articles = new Set(c.values.map((v) => v.article))
      expect(articles.size, `${c.kind}: values from ≥ 2 articles`).toBeGreaterThanOrEqual(2)
      const values = new Set(c.values.map((v) => v.value))
      expect(values.size, `${c.kind}: ≥ 2 distinct values`).toBeGreaterThanOrEqual(2)
      // Every distinct value must be backed by an origin that does not also back another value.
      const originsByValue = new Map<string, Set<string>>()
      for (const v of c.values) {
        const origin = byId.get(v.article)?.origin ?? ''
        originsByValue.set(v.value, (originsByValue.get(v.value) ?? new Set()).add(origin))
      }
      const allOrigins = new Set([...originsByValue.values()].flatMap((s) => [...s]))
      expect(allOrigins.size, `${c.kind}: values from ≥ 2 origins`).toBeGreaterThanOrEqual(2)
      for (const [value, origins] of originsByValue) {
        for (const [other, otherOrigins] of originsByValue) {
          if (other === value) continue
          for (const o of origins)
            expect(otherOrigins.has(o), `${c.kind}: ${o} backs both values`).toBe(false)
        }
      }
    }
  })

  it('plants 2–4 decoys of known kinds', () => {
    expect(truth.decoys.length).toBeGreaterThanOrEqual(2)
    expect(truth.decoys.length).toBeLessThanOrEqual(4)
    for (const d of truth.decoys) {
      expect(DECOY_KINDS).toContain(d.kind)
      expect(d.evidence.length).toBeGreaterThanOrEqual(1)
    }
  })

  it('counts corroboration by independent origins', () => {
    for (const c of truth.corroborated) {
      const origins = new Set(c.evidence.map((e) => byId.get(e.article)?.origin))
      expect(origins.size, c.claim).toBe(c.origins)
      expect(c.origins, c.claim).toBeGreaterThanOrEqual(2)
    }
    for (const s of truth.singleSource) expect(byId.has(s.article), s.claim).toBe(true)
  })
})
