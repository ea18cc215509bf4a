import { describe, expect, it } from 'vitest'
import { analyzeAsStory, mini, roleAt } from '../../../test/corpus/mini.js'
import type { AnalyzedArticle } from '../../model/index.js'

/** An invented article naming Dana Voss once, with the role(s) stated at that mention. */
function voss(id: string, sentence: string, role: string, alsoRole?: string): AnalyzedArticle {
  const doc = mini({
    id,
    published: '2031-06-02',
    blocks: [sentence],
    mentions: [{ text: 'Dana Voss', id: 'person:dana-voss' }],
  })
  const mention = doc.annotations.mentions[0]
  if (!mention) throw new Error('no mention')
  mention.role = roleAt(doc, role)
  if (alsoRole) mention.alsoRole = roleAt(doc, alsoRole)
  return doc
}

function analyze(...docs: AnalyzedArticle[]) {
  return analyzeAsStory(docs)
}

describe('role contradictions: a second role stated at one mention (`alsoRole`)', () => {
  it('never sets the two roles of one mention against each other', () => {
    const r = analyze(
      voss(
        'a',
        'The treasurer of the Dockers Union, Mayor Dana Voss, said the quay was safe.',
        'Mayor',
        'treasurer of the Dockers Union',
      ),
    )
    expect(r.contradictions).toEqual([])
    expect(r.dismissals.filter((d) => d.kind === 'role')).toEqual([])
  })

  it('sets a role elsewhere against the second role when that is the one it conflicts with', () => {
    const r = analyze(
      voss(
        'a',
        'The chair of the Port Ellis Harbour Board, Captain Dana Voss, said the quay was safe.',
        'Captain',
        'chair of the Port Ellis Harbour Board',
      ),
      voss('b', "Dana Voss, the harbour board's treasurer, said the quay was safe.", 'treasurer'),
    )
    expect(r.contradictions).toHaveLength(1)
    const c = r.contradictions[0]
    expect(c?.kind).toBe('role')
    expect(c?.values.map((v) => [v.article, v.value])).toEqual([
      ['a', 'chair of the Port Ellis Harbour Board'],
      ['b', 'treasurer'],
    ])
    expect(c?.values[0]?.evidence.text).toBe(
      'The chair of the Port Ellis Harbour Board, Captain Dana Voss, said the quay was safe.',
    )
  })

  it('dismisses a role elsewhere that one report states beside the other at one mention', () => {
    // Report a holds both offices at once: report b's mayor is no conflict with a's treasurer.
    const r = analyze(
      voss(
        'a',
        'The treasurer of the Dockers Union, Mayor Dana Voss, said the quay was safe.',
        'Mayor',
        'treasurer of the Dockers Union',
      ),
      voss('b', 'Port Ellis Mayor Dana Voss said the quay was safe.', 'Port Ellis Mayor'),
    )
    expect(r.contradictions).toEqual([])
    const dismissed = r.dismissals.filter((d) => d.kind === 'role')
    expect(dismissed.map((d) => d.rule)).toContain('compatible-title:co-stated')
  })

  it('still flags a role elsewhere that conflicts with both roles of a mention', () => {
    const r = analyze(
      voss(
        'a',
        'The treasurer of the Dockers Union, Mayor Dana Voss, said the quay was safe.',
        'Mayor',
        'treasurer of the Dockers Union',
      ),
      voss('b', 'Governor Dana Voss said the quay was safe.', 'Governor'),
    )
    expect(r.contradictions.map((c) => c.kind)).toEqual(['role'])
  })
})
