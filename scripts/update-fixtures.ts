/**
 * `npm run fixtures:update`: regenerate golden files from the current code,
 * suite by suite, then review the change with `git diff`. A stage adds its
 * suite to `SUITES`.
 *
 * Usage: `npm run fixtures:update [-- <suite>...]` (default: every suite).
 */
import { updateExtractFixtures } from './lib/extract-golden.js'

/** A set of golden files and how to rewrite them; returns what changed. */
interface Suite {
  description: string
  update: () => string[]
}

const SUITES: Record<string, Suite> = {
  'extract-html': {
    description: 'HTML extractor fixtures (src/document/extract/html/fixtures/*/expected.json)',
    update: updateExtractFixtures,
  },
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const unknown = wanted.filter((name) => !(name in SUITES))
if (unknown.length > 0) {
  process.stderr.write(
    `fixtures:update: unknown suite ${unknown.join(', ')} (known: ${Object.keys(SUITES).join(', ')})\n`,
  )
  process.exitCode = 2
} else {
  for (const [name, suite] of Object.entries(SUITES)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue
    const changed = suite.update()
    process.stdout.write(
      `${name}: ${changed.length === 0 ? 'up to date' : `rewrote ${changed.length}: ${changed.join(', ')}`}\n`,
    )
  }
}
