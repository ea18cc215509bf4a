import { describe, expect, it } from 'vitest'
import { analyzeAsStory, mini, roleAt } from '../../../test/corpus/mini.js'
import type { AnalyzedArticle } from '../../model/index.js'
import { buildStoryReport } from './index.js'

function report(...docs: AnalyzedArticle[]) {
  return buildStoryReport(analyzeAsStory(docs))
}

describe('report: actors with their roles per outlet', () => {
  it('lists a second role stated at one mention (`alsoRole`) among the roles, with its outlet and sentence', () => {
    const a = mini({
      id: 'a',
      published: '2031-06-02',
      blocks: [
        'The ferry left at noon.',
        "The ferry's master, Captain Edda Rask, said the crossing was calm.",
      ],
      mentions: [{ text: 'Edda Rask', id: 'person:edda-rask', title: 'Captain' }],
    })
    const mention = a.annotations.mentions[0]
    if (mention) mention.alsoRole = roleAt(a, 'master')
    const b = mini({
      id: 'b',
      published: '2031-06-02',
      blocks: ['Captain Edda Rask said the crossing was calm.'],
      mentions: [{ text: 'Edda Rask', id: 'person:edda-rask', title: 'Captain' }],
    })
    const rask = report(a, b).actors.find((x) => x.id === 'person:edda-rask')
    expect(rask?.roles.map((r) => [r.title, r.articles])).toEqual([
      ['Captain', ['a', 'b']],
      ['master', ['a']],
    ])
    expect(rask?.roles[1]?.evidence.map((e) => e.text)).toEqual([
      "The ferry's master, Captain Edda Rask, said the crossing was calm.",
    ])
  })
})
