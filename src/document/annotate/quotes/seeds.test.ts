/**
 * Acceptance on the seed reports (../shared/seeds): two outlets' accounts of
 * one event. Nothing here names the people; the assertions are relations —
 * the quote's speaker is the person the text gives the role "EU foreign
 * policy chief" — so the code can't have learnt the answer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Mention, Quote } from '../../../model/index.js'
import { segment } from '../../segment/index.js'
import { recognizeActors } from '../actors/index.js'
import { findQuotes } from './index.js'
import { fromParagraphs } from './paragraphs.js'

const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url)
const files = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : []

function read(file: string): { text: string; quotes: Quote[]; mentions: Mention[] } {
  const { text, blocks } = fromParagraphs(readFileSync(new URL(file, SEEDS), 'utf8').split('\n'))
  const segmentation = segment(text, blocks)
  const { mentions } = recognizeActors(text, segmentation)
  return { text, quotes: findQuotes(text, segmentation, mentions), mentions }
}

/** The actor the text calls "EU foreign policy chief". */
function policyChief(mentions: Mention[]): string | undefined {
  return mentions.find((m) => /foreign policy chief/i.test(m.role?.title ?? ''))?.actor.id
}

describe.skipIf(files.length < 2)('seed reports', () => {
  it('attributes "we live in a very dangerous world" to the EU foreign policy chief in both', () => {
    for (const file of files) {
      const { quotes, mentions } = read(file)
      const chief = policyChief(mentions)
      expect(chief).toBeDefined()
      const quote = quotes.find((q) => /^we live in a very dangerous world/i.test(q.text))
      expect(quote?.speaker?.id).toBe(chief)
    }
  })

  it('resolves the pronoun in the first report from the sentence before it', () => {
    const { text, quotes } = read(files[0]!)
    const quote = quotes.find((q) => /^we live in a very dangerous world/i.test(q.text))
    expect(quote?.partial).toBe(true)
    expect(quote?.cue?.text).toBe('remarked')
    expect(quote?.speaker?.rule).toMatch(/pronoun:/)
    const m = quote!.speaker!.mention!
    expect(text.slice(m.start, m.end).toLowerCase()).toBe('he')
  })

  it('reads the shared cue of two quotes in the second report', () => {
    const { quotes } = read(files[1]!)
    const quote = quotes.find((q) => /^We live in a very dangerous world/.test(q.text))
    expect(quote?.cue?.text).toBe('told reporters')
    expect(quote?.partial).toBe(false)
  })

  it('finds "very timely" as a partial quote of the same person in both', () => {
    for (const file of files) {
      const { quotes, mentions } = read(file)
      const quote = quotes.find((q) => q.text === 'very timely')
      expect(quote?.partial).toBe(true)
      expect(quote?.cue?.text).toBe('hailed')
      expect(quote?.speaker?.id).toBe(policyChief(mentions))
    }
  })

  it('attributes every quote with a speech verb of the first report to one person', () => {
    const { quotes, mentions } = read(files[0]!)
    const cued = quotes.filter((q) => q.cue !== null)
    expect(cued.length).toBeGreaterThanOrEqual(4)
    expect(new Set(cued.map((q) => q.speaker?.id))).toEqual(new Set([policyChief(mentions)]))
  })
})
