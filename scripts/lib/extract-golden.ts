/**
 * Golden fixtures of the HTML extractor: pages we wrote ourselves under
 * `src/document/extract/html/fixtures/<slug>/` (`source.html`, optional
 * `options.json`, `expected.json`). Shared by the golden test and by
 * `scripts/update-fixtures.ts`, so both compare and write the same fields.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ExtractHtmlOptions, extractHtml } from '../../src/document/extract/html/index.js'
import type { Extraction } from '../../src/model/extraction.js'

/** Where the fixtures live. */
export const EXTRACT_FIXTURES = fileURLToPath(
  new URL('../../src/document/extract/html/fixtures/', import.meta.url),
)

/** The reference instant of every fixture without its own `now`, so future-date checks never drift. */
export const FIXTURE_NOW = '2024-06-01T00:00:00Z'

/** One fixture on disk. */
export interface Fixture {
  slug: string
  dir: string
  source: string
  options: ExtractHtmlOptions
  /** `null` until `scripts/update-fixtures.ts` has written it. */
  expected: Golden | null
}

/** The fields a golden file pins (everything but `text` and `blocks`, which `paragraphs`/`headings` cover). */
export type Golden = Omit<Extraction, 'text' | 'blocks' | 'removed'> & {
  /** `rule | text` of each removed block, in order: what was dropped and why, readable in a diff. */
  removed: string[]
}

/** Every fixture, in name order. */
export function listFixtures(): Fixture[] {
  if (!existsSync(EXTRACT_FIXTURES)) return []
  return readdirSync(EXTRACT_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(EXTRACT_FIXTURES, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const dir = join(EXTRACT_FIXTURES, slug)
      const optionsFile = join(dir, 'options.json')
      const expectedFile = join(dir, 'expected.json')
      const options = existsSync(optionsFile)
        ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ExtractHtmlOptions)
        : {}
      return {
        slug,
        dir,
        source: readFileSync(join(dir, 'source.html'), 'utf8'),
        options: { now: FIXTURE_NOW, ...options },
        expected: existsSync(expectedFile)
          ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Golden)
          : null,
      }
    })
}

/** The golden view of an extraction. */
export function goldenOf(extraction: Extraction): Golden {
  const { text: _text, blocks: _blocks, removed, ...rest } = extraction
  return { ...rest, removed: removed.map((entry) => `${entry.rule} | ${entry.text}`) }
}

/** Run the extractor on a fixture. */
export function runFixture(fixture: Fixture): Golden {
  return goldenOf(extractHtml(fixture.source, fixture.options))
}

/** Rewrite every `expected.json` from the current extractor; returns the slugs whose file changed. */
export function updateExtractFixtures(): string[] {
  const changed: string[] = []
  for (const fixture of listFixtures()) {
    const text = `${JSON.stringify(runFixture(fixture), null, 2)}\n`
    const file = join(fixture.dir, 'expected.json')
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue
    writeFileSync(file, text)
    changed.push(fixture.slug)
  }
  return changed
}
