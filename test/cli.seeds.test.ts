/**
 * Issue 3 acceptance, end to end through the CLI on the canonical seeds:
 * `parallax ingest ../shared/seeds && parallax articles --format json`.
 * Nothing in src/ knows these files; this test is where they are named.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ArticleView } from '../src/api/views/article.js'
import { runCli, tempDir } from './lib/cli.js'
import { ROOT } from './lib/corpus.js'

const SEEDS = join(ROOT, '../shared/seeds')
const haveSeeds = existsSync(SEEDS)

describe.skipIf(!haveSeeds)('seeds through the CLI (issue 3)', () => {
  let a000: ArticleView
  let a001: ArticleView
  let db: string

  beforeAll(async () => {
    db = join(tempDir(), 'seeds.db')
    const ingest = await runCli(['ingest', SEEDS, '--db', db])
    expect(ingest.code, ingest.stderr).toBe(0)
    const listed = await runCli(['articles', '--db', db, '--format', 'json'])
    expect(listed.code).toBe(0)
    const views = JSON.parse(listed.stdout) as ArticleView[]
    a000 = views.find((v) => v.input.includes('000_')) as ArticleView
    a001 = views.find((v) => v.input.includes('001_')) as ArticleView
    expect(a000 && a001).toBeTruthy()
  })

  const roles = (v: ArticleView, name: string) =>
    v.mentions.filter((m) => m.actor.name === name && m.role).map((m) => m.role?.title)
  const paragraphsOf = (file: string) =>
    readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(file)) as string), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')

  it('000: the headline and its three section headings', () => {
    expect(a000.title).toBe('Japan, EU launch historic defense partnership')
    expect(a000.headings).toEqual(['Targeting China?', 'Diversifying hardware', 'Japan-EU SPA formalized'])
  })

  it('000: both "Read more:" lines removed with a reason; the repeated paragraph kept once', () => {
    const readMore = a000.removed.filter((r) => r.text.startsWith('Read more:'))
    expect(readMore).toHaveLength(2)
    for (const r of readMore) expect(r.reason.length).toBeGreaterThan(5)
    const repeated = 'Under the new partnership, the EU and Japan will pursue "concrete naval cooperation,"'
    expect(a000.text.split(repeated)).toHaveLength(2)
  })

  it('001: the four trailing teasers removed with a reason; the first line is a caption', () => {
    const lines = paragraphsOf('001_')
    const teasers = lines.slice(-4)
    for (const t of teasers) {
      const r = a001.removed.find((x) => x.text === t)
      expect(r, t).toBeDefined()
      expect(r?.reason.length).toBeGreaterThan(5)
    }
    expect(a001.captions).toEqual([lines[0]])
  })

  it('no real paragraph removed (every line is kept, or is junk named above, or a duplicate)', () => {
    for (const [view, file] of [
      [a000, '000_'],
      [a001, '001_'],
    ] as const) {
      const lines = paragraphsOf(file)
      const junk = (l: string) =>
        l.startsWith('Read more:') || (file === '001_' && lines.slice(-4).includes(l))
      for (const line of lines) {
        if (junk(line) || line === view.title) continue
        expect(view.text.includes(line), `kept: ${line.slice(0, 60)}`).toBe(true)
      }
      for (const r of view.removed)
        expect(junk(r.text) || r.rule === 'duplicate-paragraph', r.text).toBe(true)
    }
  })

  it('roles: Borrell, Iwaya (differing), Ishiba', () => {
    for (const v of [a000, a001]) expect(roles(v, 'Josep Borrell')).toContain('EU foreign policy chief')
    expect(roles(a000, 'Takeshi Iwaya')).toContain('Defense Minister')
    expect(roles(a000, 'Takeshi Iwaya')).not.toContain('Foreign Minister')
    expect(roles(a001, 'Takeshi Iwaya')).toContain('Foreign Minister')
    expect(roles(a001, 'Takeshi Iwaya')).not.toContain('Defense Minister')
    expect(roles(a000, 'Shigeru Ishiba')).toContain('Prime Minister')
  })

  it('DPRK and North Korea are one actor', () => {
    const dprk = a000.mentions.find((m) => m.text === 'DPRK')?.actor.id
    const nk = a001.mentions.find((m) => m.text === 'North Korea')?.actor.id
    expect(dprk).toBeDefined()
    expect(dprk).toBe(nk)
  })

  it('"we live in a very dangerous world" is Borrell\'s in both', () => {
    for (const v of [a000, a001]) {
      const q = v.quotes.find((x) => x.text.toLowerCase().includes('we live in a very dangerous world'))
      expect(q?.speaker?.name).toBe('Josep Borrell')
    }
  })

  it('001: "Nov. 1" resolves to 2024-11-01', () => {
    const times = a001.times.filter((t) => t.text === 'Nov. 1')
    expect(times.length).toBeGreaterThan(0)
    for (const t of times) expect(t.value).toBe('2024-11-01')
  })

  it('every offset points at its text', () => {
    for (const v of [a000, a001]) {
      for (const m of v.mentions) expect(v.text.slice(m.start, m.end)).toBe(m.text)
      for (const q of v.quotes) expect(v.text.slice(q.start, q.end)).toBe(q.text)
      for (const t of v.times) expect(v.text.slice(t.start, t.end)).toBe(t.text)
    }
  })

  it('re-ingesting is a no-op that says so', async () => {
    const again = await runCli(['ingest', SEEDS, '--db', db])
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/0 ingested, 2 duplicate/)
    expect(again.stdout).toMatch(/already ingested as article/)
  })
})

describe.skipIf(!haveSeeds)('seeds through the CLI (issue 4): analyze, then report --format json', () => {
  it('gives one story of both articles, dated, with the role contradiction, valid against its schema', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js')
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/report.v1.schema.json'), 'utf8')) as object
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)
    const db = join(tempDir(), 'seeds4.db')
    expect((await runCli(['analyze', SEEDS, '--db', db])).code).toBe(0)
    const stories = await runCli(['stories', '--db', db, '--format', 'json'])
    expect(JSON.parse(stories.stdout)).toMatchObject([{ articles: 2, date: '2024-11-01', contradictions: 1 }])
    const out = await runCli(['report', '--db', db, '--format', 'json'])
    expect(out.code).toBe(0)
    const report = JSON.parse(out.stdout) as {
      stories: {
        date: string
        articles: unknown[]
        contradictions: { kind: string; values: { value: string }[] }[]
      }[]
    }
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const [story] = report.stories
    expect(story?.articles).toHaveLength(2)
    expect(story?.date).toBe('2024-11-01')
    const role = story?.contradictions.find((c) => c.kind === 'role')
    expect(role?.values.map((v) => v.value).sort()).toEqual(['Defense Minister', 'Foreign Minister'])
    // A report for a story id that does not exist is a clear error.
    const missing = await runCli(['report', '--db', db, '--story', 'story:nope'])
    expect(missing.code).toBe(6)
    expect(missing.stderr).toMatch(/no story with id story:nope/)
  })
})
