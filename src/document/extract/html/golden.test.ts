/**
 * Golden tests: pages we wrote ourselves (`fixtures/<slug>/source.html`),
 * each with the extraction we expect (`expected.json`), compared field by
 * field so a failure names the page and the field. Regenerate with
 * `npm run fixtures:update -- extract-html` and review the diff.
 */
import { describe, expect, test } from 'vitest'
import { type Golden, listFixtures, runFixture } from '../../../../scripts/lib/extract-golden.js'

const fixtures = listFixtures()

describe('extractHtml golden pages', () => {
  test('there are fixtures, and each has its expected file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15)
    expect(fixtures.filter((fixture) => fixture.expected === null).map((fixture) => fixture.slug)).toEqual([])
  })

  for (const fixture of fixtures) {
    test(fixture.slug, () => {
      const actual = runFixture(fixture)
      const expected = fixture.expected
      if (expected === null) return
      for (const key of Object.keys(expected) as (keyof Golden)[]) {
        expect(actual[key], `${fixture.slug}: field \`${key}\``).toEqual(expected[key])
      }
      expect(Object.keys(actual).sort(), `${fixture.slug}: field set`).toEqual(Object.keys(expected).sort())
    })
  }
})
