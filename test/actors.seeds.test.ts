/**
 * Seeds acceptance for the actor recogniser: the two shared reports of one
 * event (../shared/seeds). It lives in test/, not src/, because the seed
 * people may be named in tests but never in product code. The text cleaner is
 * built elsewhere, so lines are split into paragraph blocks here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { recognizeActors } from '../src/document/annotate/actors/index.js'
import { segment } from '../src/document/segment/index.js'
import type { Block, Mention } from '../src/model/index.js'

const seeds = join(import.meta.dirname, '..', '..', 'shared', 'seeds')

function read(prefix: string) {
  const file = readdirSync(seeds).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))
  if (!file) throw new Error(`no seed ${prefix}`)
  const lines = readFileSync(join(seeds, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const text = lines.join('\n\n')
  const blocks: Block[] = []
  let start = 0
  for (const line of lines) {
    blocks.push({ kind: 'paragraph', start, end: start + line.length })
    start += line.length + 2
  }
  return { text, ...recognizeActors(text, segment(text, blocks)) }
}

// Read only when present: a skipped describe still runs its body to collect its tests.
const haveSeeds = existsSync(seeds)
const a = haveSeeds ? read('000') : { text: '', actors: [], mentions: [] }
const b = haveSeeds ? read('001') : { text: '', actors: [], mentions: [] }

const byText = (mentions: Mention[], text: string) => mentions.filter((m) => m.text === text)
const rolesOf = (r: typeof a, id: string) =>
  r.actors.find((x) => x.id === id)?.roles?.map((role) => role.title) ?? []

describe.skipIf(!haveSeeds)('seeds: actors', () => {
  it('finds the EU foreign policy chief in both reports, with the same id', () => {
    const idA = byText(a.mentions, 'Josep Borrell')[0]?.actor.id
    const idB = byText(b.mentions, 'Josep Borrell')[0]?.actor.id
    expect(idA).toBe('person:josep-borrell')
    expect(idB).toBe(idA)
    for (const r of [a, b]) {
      const roles = r.actors.find((x) => x.id === idA)?.roles ?? []
      expect(
        roles.some((role) => role.title.includes('EU foreign policy chief') && role.of === 'org:eu'),
      ).toBe(true)
    }
  })

  it('gives the Japanese minister the title each report states', () => {
    expect(rolesOf(a, 'person:takeshi-iwaya')).toContain('Defense Minister')
    expect(rolesOf(a, 'person:takeshi-iwaya')).not.toContain('Foreign Minister')
    // 001 states it in its first line, a photo caption.
    const caption = byText(b.mentions, 'Takeshi Iwaya')[0]
    expect(caption?.start).toBeLessThan(b.text.indexOf('\n'))
    expect(caption?.role).toMatchObject({
      title: 'Foreign Minister',
      key: 'foreign minister',
      of: 'country:JPN',
    })
    expect(rolesOf(b, 'person:takeshi-iwaya')).not.toContain('Defense Minister')
    const counterpart = b.mentions.find((m) => m.role?.rule === 'counterpart')
    expect(counterpart?.actor.id).toBe('person:takeshi-iwaya')
    expect(counterpart?.role?.of).toBe('country:JPN')
  })

  it('gives the prime minister his title', () => {
    const pm = byText(a.mentions, 'Shigeru Ishiba')[0]
    expect(pm?.actor.kind).toBe('person')
    expect(pm?.role).toMatchObject({ title: 'Prime Minister', key: 'prime minister' })
  })

  it('links bare surnames to the full names', () => {
    for (const r of [a, b]) {
      const bare = byText(r.mentions, 'Borrell')
      expect(bare.length).toBeGreaterThan(2)
      for (const m of bare) expect(m.actor.id).toBe('person:josep-borrell')
    }
    for (const m of byText(a.mentions, 'Iwaya')) expect(m.actor.id).toBe('person:takeshi-iwaya')
  })

  it('makes DPRK and North Korea one actor, and the UK and Britain one actor', () => {
    expect(byText(a.mentions, 'DPRK')[0]?.actor.id).toBe('country:PRK')
    expect(byText(b.mentions, 'North Korea')[0]?.actor.id).toBe('country:PRK')
    expect(byText(a.mentions, 'UK')[0]?.actor.id).toBe('country:GBR')
    expect(byText(b.mentions, 'Britain')[0]?.actor.id).toBe('country:GBR')
  })

  it('makes no junk mentions', () => {
    for (const r of [a, b]) {
      const people = r.actors.filter((x) => x.kind === 'person').map((x) => x.id)
      for (const junk of ['Read', 'Targeting', 'Foreign Minister', 'Defense Minister', 'SPA', 'L', 'R']) {
        expect(byText(r.mentions, junk)).toEqual([])
      }
      for (const id of people) expect(id).not.toMatch(/targeting|read|minister|china/)
      for (const m of r.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text)
    }
  })
})
