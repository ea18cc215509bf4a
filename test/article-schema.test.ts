/**
 * The article JSON (`parallax articles --format json`) is what its published
 * JSON Schema says: every article of the example corpus validates, and a
 * broken one does not.
 */
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { articleView } from '../src/api/views/article.js'
import { processedCorpus, ROOT } from './lib/corpus.js'

const schema = JSON.parse(readFileSync(`${ROOT}schemas/article.v1.schema.json`, 'utf8')) as object
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)

describe('schemas/article.v1.schema.json', () => {
  const views = [...processedCorpus().values()].flatMap((file) =>
    file.data.article && file.data.annotations
      ? [articleView(file.data.article, file.data.annotations, file.messages)]
      : [],
  )

  it('describes every article of the example corpus', () => {
    expect(views.length).toBeGreaterThan(20)
    for (const view of views) {
      // Round-trip through JSON, as the CLI prints it.
      const ok = validate(JSON.parse(JSON.stringify(view)))
      expect(ok, `${view.input}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
    }
  })

  it('rejects an article that breaks it', () => {
    const broken = JSON.parse(JSON.stringify(views[0])) as Record<string, unknown>
    broken.quotes = [{ text: 'x', start: -1, end: 2, speaker: 'nobody', cue: null }]
    delete broken.text
    expect(validate(broken)).toBe(false)
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
    expect(paths.some((p) => p.includes("'text'"))).toBe(true)
    expect(paths.some((p) => p.startsWith('/quotes/0/start'))).toBe(true)
  })
})
