import { describe, expect, it } from 'vitest'
import { pairMarks } from './marks.js'

/** Pair the marks of one-block texts (or paragraphs joined by blank lines) and return the quoted words. */
function quoted(...paragraphs: string[]): string[] {
  const text = paragraphs.join('\n\n')
  let start = 0
  const blocks = paragraphs.map((p) => {
    const span = { start, end: start + p.length }
    start += p.length + 2
    return span
  })
  return pairMarks(text, blocks)
    .filter((q) => !q.nested)
    .map((q) => text.slice(q.content.start, q.content.end))
}

describe('pairMarks', () => {
  it('pairs straight double quotes by context, not only by parity', () => {
    expect(quoted('He said "it is over" and left. A 6\'2" player and "another one".')).toEqual([
      'it is over',
      'another one',
    ])
  })

  it('pairs curly, low-high and guillemet quotes', () => {
    expect(quoted('“One,” she said. „Zwei“ und «trois» and »vier«.')).toEqual([
      'One,',
      'Zwei',
      'trois',
      'vier',
    ])
  })

  it('tells single quotes from apostrophes, elisions and plural possessives', () => {
    expect(quoted("The players' union called it 'a betrayal' of the '90s deal. Don't.")).toEqual([
      'a betrayal',
    ])
    expect(quoted('Japan’s minister said ‘we will not yield’ today.')).toEqual(['we will not yield'])
  })

  it('reads two apostrophes as a double mark', () => {
    expect(quoted("''We are ready,'' she said.")).toEqual(['We are ready,'])
  })

  it('keeps nested quotes inside the outer one', () => {
    const text = '“They shouted ‘go home’ and “leave now” at us,” he said.'
    const pairs = pairMarks(text, [{ start: 0, end: text.length }])
    expect(pairs.filter((q) => !q.nested).map((q) => text.slice(q.content.start, q.content.end))).toEqual([
      'They shouted ‘go home’ and “leave now” at us,',
    ])
    expect(pairs.filter((q) => q.nested)).toHaveLength(2)
  })

  it('continues a quote over paragraphs that open without closing', () => {
    const pieces = quoted('She said: “First part.', '“Second part.', '“Last part,” she added.')
    expect(pieces).toEqual(['First part.', 'Second part.', 'Last part,'])
  })

  it('drops a stray opening mark that does not continue', () => {
    expect(quoted('An opening “ mark with nothing after', 'A new paragraph.')).toEqual([])
  })
})
