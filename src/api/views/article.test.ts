import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import type { Annotations, Article } from '../../model/index.js'
import { articleView } from './article.js'

const schema = JSON.parse(
  readFileSync(new URL('../../../schemas/article.v1.schema.json', import.meta.url), 'utf8'),
) as object
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)

const text = "The ferry's master, Captain Edda Rask, said the crossing was calm. Rask left."

const article: Article = {
  id: 'abc',
  rawHash: 'abc',
  input: 'abc.txt',
  source: 'Harbour Post',
  sourceOrigin: 'option',
  url: null,
  title: null,
  authors: [],
  published: null,
  modified: null,
  lang: 'en',
  text,
  blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
  removed: [],
}

const rask = { id: 'person:edda-rask', name: 'Edda Rask', kind: 'person' as const }
const annotations: Annotations = {
  sentences: [{ block: 0, start: 0, end: 66 }],
  actors: [rask],
  mentions: [
    {
      start: 28,
      end: 37,
      text: 'Edda Rask',
      actor: rask,
      rule: 'person:title',
      role: { title: 'Captain', key: 'captain', start: 20, end: 27, rule: 'premodifier' },
      alsoRole: { title: 'master', key: 'master', start: 12, end: 18, rule: 'apposition' },
    },
    { start: 67, end: 71, text: 'Rask', actor: rask, rule: 'coref:surname' },
  ],
  quotes: [],
  times: [],
  quantities: [],
}

describe('articleView: a second role stated at one mention', () => {
  it('carries `alsoRole` beside `role`, only where one was stated, and the v1 schema accepts it', () => {
    const view = JSON.parse(JSON.stringify(articleView(article, annotations)))
    expect(text.slice(28, 37)).toBe('Edda Rask')
    expect(text.slice(12, 18)).toBe('master')
    expect(view.mentions[0].role.title).toBe('Captain')
    expect(view.mentions[0].alsoRole).toEqual(annotations.mentions[0]?.alsoRole)
    expect(view.mentions[1]).not.toHaveProperty('alsoRole')
    expect(validate(view), JSON.stringify(validate.errors)).toBe(true)
  })

  it('rejects an `alsoRole` that is no role', () => {
    const view = JSON.parse(JSON.stringify(articleView(article, annotations)))
    view.mentions[0].alsoRole = { title: 'master', start: -1 }
    expect(validate(view)).toBe(false)
    const paths = (validate.errors ?? []).map((e) => e.instancePath)
    expect(paths.some((p) => p.startsWith('/mentions/0/alsoRole'))).toBe(true)
  })
})
