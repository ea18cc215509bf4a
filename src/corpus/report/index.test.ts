import { describe, expect, it } from 'vitest'
import { mini } from '../../../test/corpus/mini.js'
import type { AnalyzedArticle, Role } from '../../model/index.js'
import { analyzeStory } from '../index.js'
import { buildStoryReport } from './index.js'

/** A role written as `title` in the article's text (its first occurrence). */
function roleAt(doc: AnalyzedArticle, title: string): Role {
  const start = doc.article.text.indexOf(title)
  if (start < 0) throw new Error(`"${title}" is not in the text`)
  return { start, end: start + title.length, title, key: title.toLowerCase(), rule: 'test' }
}

function report(...docs: AnalyzedArticle[]) {
  const story = {
    id: 'story:test',
    articles: docs.map((d) => d.article.id),
    members: docs.map((d) => ({
      article: d.article.id,
      story: 'story:test',
      score: 1,
      why: {
        rule: 'linked' as const,
        nearest: null,
        sharedTerms: [],
        sharedActors: [],
        dayGap: null,
        text: '',
      },
    })),
  }
  return buildStoryReport(analyzeStory(story, docs))
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
