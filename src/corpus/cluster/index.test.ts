import { describe, expect, it } from 'vitest'
import { createStoryGrouper, groupStories, type StoryDoc } from './index.js'

// Two invented events with the same actors three weeks apart, plus an unrelated story.
const docs: StoryDoc[] = [
  {
    id: 'a1',
    title: 'Northland and Southland sign fishing pact in Port Avery',
    text: 'Northland and Southland signed a fishing agreement in Port Avery on Monday, ending a decade-long dispute over trawling quotas in the Grey Sea. The pact caps catches of cod and herring and sets up a joint patrol.',
    published: '2031-04-07',
    actors: ['country:northland', 'country:southland', 'place:port-avery'],
  },
  {
    id: 'b1',
    title: 'Fishing deal ends Grey Sea quota row',
    text: 'Southland and Northland have agreed a fishing pact capping cod and herring catches in the Grey Sea, settling a ten-year quarrel over trawling quotas. The deal was signed in Port Avery and creates joint patrols.',
    published: '2031-04-08',
    actors: ['country:southland', 'country:northland', 'place:port-avery'],
  },
  {
    id: 'c1',
    title: 'Northland, Southland trade barbs over pipeline tariffs',
    text: 'Northland accused Southland of breaking its gas pipeline contract and raised transit tariffs on Southland exports. Southland called the tariffs illegal and recalled its envoy.',
    published: '2031-04-29',
    actors: ['country:northland', 'country:southland'],
  },
  {
    id: 'd1',
    title: 'Pipeline tariff row: Southland recalls envoy from Northland',
    text: 'Southland recalled its envoy after Northland raised transit tariffs on its gas pipeline exports, in a row over an alleged breach of the pipeline contract.',
    published: '2031-04-30',
    actors: ['country:southland', 'country:northland'],
  },
  {
    id: 'e1',
    title: 'Comet Vell visible to the naked eye this week',
    text: 'Astronomers say comet Vell will be visible without a telescope after sunset this week, low on the western horizon.',
    published: '2031-04-29',
  },
]

const partition = (stories: { articles: string[] }[]) => stories.map((s) => [...s.articles].sort()).sort()

describe('groupStories', () => {
  it('groups reports of one event and keeps other events apart', () => {
    expect(partition(groupStories(docs))).toEqual([['a1', 'b1'], ['c1', 'd1'], ['e1']])
  })

  it('keeps two events with the same actors weeks apart in two stories even with the same words', () => {
    const later: StoryDoc = { ...docs[1]!, id: 'b2', published: '2031-05-20' }
    const stories = groupStories([docs[0]!, later])
    expect(stories).toHaveLength(2)
  })

  it('gives the same stories and ids in any order of arrival', () => {
    const reference = groupStories(docs)
    const reversed = groupStories([...docs].reverse())
    const shuffled = groupStories([docs[3]!, docs[0]!, docs[4]!, docs[2]!, docs[1]!])
    expect(reversed).toEqual(reference)
    expect(shuffled).toEqual(reference)
  })

  it('names a story after its earliest member and explains every membership', () => {
    const stories = groupStories(docs)
    const fishing = stories.find((s) => s.articles.includes('a1'))
    expect(fishing?.id).toBe('story:a1')
    expect(fishing?.articles).toEqual(['a1', 'b1'])
    const b1 = fishing?.members.find((m) => m.article === 'b1')
    expect(b1?.why.rule).toBe('linked')
    expect(b1?.why.nearest?.article).toBe('a1')
    expect(b1?.why.sharedTerms.length).toBeGreaterThan(0)
    expect(b1?.why.sharedActors).toContain('place:port-avery')
    expect(b1?.why.dayGap).toBe(1)
    const comet = stories.find((s) => s.articles.includes('e1'))
    expect(comet?.members[0]?.why.rule).toBe('alone')
  })

  it('threshold trades splitting for merging', () => {
    expect(groupStories(docs, { threshold: 0.99 })).toHaveLength(5)
    expect(groupStories(docs, { threshold: 0.001, maxSpanDays: 365 }).length).toBeLessThan(3)
  })
})

describe('createStoryGrouper', () => {
  it('assigns incrementally and ends where the batch grouping ends, whatever the order', () => {
    const a = createStoryGrouper()
    const b = createStoryGrouper()
    const first = a.add(docs[0]!)
    expect(first.story).toBe('story:a1')
    expect(first.why.rule).toBe('alone')
    const joined = a.add(docs[1]!)
    expect(joined.story).toBe('story:a1')
    for (const d of docs.slice(2)) a.add(d)
    b.addAll([...docs].reverse())
    expect(a.assignments()).toEqual(b.assignments())
    expect(a.stories()).toEqual(groupStories(docs))
  })

  it('replaces an article added twice and forgets a removed one', () => {
    const g = createStoryGrouper()
    g.addAll(docs)
    g.add({ ...docs[4]! })
    expect(g.assignments()).toHaveLength(docs.length)
    expect(g.remove('e1')).toBe(true)
    expect(g.assignments().map((a) => a.article)).not.toContain('e1')
  })
})
