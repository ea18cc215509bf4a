/**
 * Test helpers for the example corpus (`examples/corpus`) and its truth files
 * (`test/golden/events/*.json`, written by hand, by construction): load the
 * truths and run the real per-article pipeline on every article once.
 * Another corpus with truth files of the same schema (the unseen validation
 * corpus, `test/holdout/truth`) is read the same way by passing its truth
 * directory; truth files cite their articles by path from the repository root.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type NewsFile, runDocuments } from '../../src/document/index.js'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The example corpus's truth files: the default everywhere. */
export const EVENTS_DIR = `${ROOT}test/golden/events/`

/** A truth directory as an absolute path (relative ones are taken from the repository root). */
function truthDir(dir: string): string {
  return resolve(ROOT, dir)
}

/** A truth file (the fields the tests read). */
export interface Truth {
  event: string
  date: string
  distinctFrom?: string[]
  articles: {
    file: string
    outlet: string
    published: string | null
    origin: string
    headline: string | null
    publishedEvidence?: string
    headings: string[]
    captions: string[]
    removed: { text: string; kind: string }[]
    jsonlLine?: number
  }[]
  roles: { person: string; article: string; title: string }[]
  quotes: { text: string; speaker: string; articles: string[] }[]
  times: { article: string; text: string; value: string; anchor?: string }[]
  quantities: { article: string; text: string; value: number; unit?: string; hedge?: string }[]
  contradictions: {
    kind: string
    subject: string
    values: { article: string; value: string; evidence: string }[]
  }[]
  decoys: { kind: string; note: string; evidence: { article: string; text: string }[] }[]
  corroborated: { claim: string; origins: number; evidence: { article: string; text: string }[] }[]
  singleSource: { claim: string; article: string; text: string }[]
}

/** Every truth file of `dir` (default: the example corpus's), sorted by event. */
export function loadTruths(dir: string = EVENTS_DIR): Truth[] {
  const at = truthDir(dir)
  return readdirSync(at)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(resolve(at, f), 'utf8')) as Truth)
}

/** Truth-file article key: `file` or `file#L<n>` for a JSON Lines record. */
export function articleKey(a: { file: string; jsonlLine?: number }): string {
  return a.jsonlLine ? `${a.file}#L${a.jsonlLine}` : a.file
}

/** Processed corpora, one per truth directory. */
const caches = new Map<string, Map<string, NewsFile>>()

/**
 * Run the per-article pipeline on every article the truth files of `dir`
 * (default: the example corpus's) cite, once, keyed like the truth files
 * (`examples/corpus/x/y.txt`, `…/feed.jsonl#L2`).
 */
export function processedCorpus(dir: string = EVENTS_DIR): Map<string, NewsFile> {
  const key = truthDir(dir)
  const cached = caches.get(key)
  if (cached) return cached
  const cache = new Map<string, NewsFile>()
  caches.set(key, cache)
  const seen = new Set<string>()
  for (const truth of loadTruths(key)) {
    for (const a of truth.articles) {
      if (seen.has(a.file)) continue
      seen.add(a.file)
      const bytes = readFileSync(ROOT + a.file)
      for (const file of runDocuments({ input: a.file, bytes })) cache.set(file.input, file)
    }
  }
  return cache
}

/** Fold quotes, dashes and spacing, case kept: a removed "By Ana Ruiz" is not a kept "Reporting by Ana Ruiz". */
export function foldKeepCase(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Fold quotes, dashes, case and spacing so hand-written truth compares with extracted text. */
export function fold(text: string): string {
  return foldKeepCase(text).toLowerCase()
}

/** Whether two names denote the same person ("Mr Mwakyusa" vs "Salum Mwakyusa" do not; full names must agree). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    fold(s)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z ]/g, '')
      .trim()
  return norm(a) === norm(b)
}
