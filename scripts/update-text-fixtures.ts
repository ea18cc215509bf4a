/**
 * Rewrite `expected.json` of every plain-text cleaner fixture
 * (`src/document/extract/text/fixtures/<slug>/`) from the current code, so a
 * heuristic change shows up as a diff to review. Run with
 * `npx tsx scripts/update-text-fixtures.ts`; review `git diff` before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractText } from '../src/document/extract/text/index.js'

const root = new URL('../src/document/extract/text/fixtures/', import.meta.url).pathname

let changed = 0
for (const slug of readdirSync(root).sort()) {
  const source = join(root, slug, 'source.txt')
  if (!existsSync(source)) continue
  const target = join(root, slug, 'expected.json')
  const next = `${JSON.stringify(extractText(readFileSync(source, 'utf8')), null, 2)}\n`
  const previous = existsSync(target) ? readFileSync(target, 'utf8') : ''
  if (next === previous) continue
  writeFileSync(target, next)
  changed++
  console.log(`${previous === '' ? 'created' : 'updated'} ${slug}/expected.json`)
}
console.log(changed === 0 ? 'all fixtures up to date' : `${changed} fixture(s) written; review the diff`)
