import { describe, expect, it } from 'vitest'
import type { RawDocument } from '../../model/index.js'
import { extractDocument } from './index.js'

/** A plain-text raw document (invented report). */
function textDocument(body: string): RawDocument {
  return {
    hash: 'test',
    input: 'brenton-post.txt',
    bytes: new TextEncoder().encode(body),
    format: 'text',
    encoding: 'utf-8',
    encodingReason: 'test',
    body,
    hints: {},
  }
}

const now = new Date('2025-08-01T00:00:00Z')

describe('extractDocument (text)', () => {
  it('reads the publication date from a date line that carries a section and a view counter', () => {
    const body = [
      'Brenton council approves budget after six-hour debate',
      '17.03.2025, 09:40 | Politics | Views: 1,204',
      'The Brenton city council approved next year’s budget yesterday after a debate of six hours.',
      'Opposition members said the plan would raise local taxes for most households.',
    ].join('\n')
    const x = extractDocument(textDocument(body), { now })
    expect(x.published).toEqual({ value: '2025-03-17T09:40:00', signal: 'text:meta-line', confidence: 0.8 })
    expect(x.removed.map((r) => r.rule)).toEqual(['page-meta'])
    expect(x.text).not.toMatch(/Views|Politics/)
  })

  it('reads a slashed date line with a 24-hour time and a desk byline day first', () => {
    const body = [
      'Brenton council approves budget after six-hour debate',
      '05/03/2025 - 08:12 | By Brenton24 Editorial',
      'The Brenton city council approved next year’s budget yesterday after a debate of six hours.',
      'Opposition members said the plan would raise local taxes for most households.',
    ].join('\n')
    const x = extractDocument(textDocument(body), { now })
    expect(x.published).toEqual({ value: '2025-03-05T08:12:00', signal: 'text:meta-line', confidence: 0.65 })
    expect(x.removed.map((r) => r.rule)).toEqual(['byline'])
    expect(x.authors).toEqual([])
  })
})
