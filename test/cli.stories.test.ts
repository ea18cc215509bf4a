/**
 * Stories through the CLI: incremental arrival (ingest some reports, then
 * more) gives the same stories as one batch, in any order; events with the
 * same actors weeks apart stay apart.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tempDir } from './lib/cli.js'
import { ROOT } from './lib/corpus.js'

const CORPUS = join(ROOT, 'examples/corpus')
const ACCORD = join(CORPUS, 'kenya-tanzania-border-accord')
const SUGAR = join(CORPUS, 'kenya-tanzania-sugar-dispute')
const QUAKE = join(CORPUS, 'central-sulawesi-earthquake')

async function stories(
  batches: string[][],
): Promise<{ id: string; articles: number; date: string | null }[]> {
  const db = join(tempDir(), 's.db')
  for (const batch of batches) {
    const result = await runCli(['analyze', ...batch, '--db', db])
    expect(result.code, result.stderr).toBe(0)
  }
  const listed = await runCli(['stories', '--db', db, '--format', 'json'])
  const rows = JSON.parse(listed.stdout) as { id: string; articles: number; date: string | null }[]
  return rows
    .map(({ id, articles, date }) => ({ id, articles, date }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

describe('stories, incrementally', () => {
  it('are the same whether the reports arrive at once or in batches, in any order', async () => {
    const once = await stories([[ACCORD, SUGAR, QUAKE]])
    const forward = await stories([[ACCORD], [SUGAR], [QUAKE]])
    const backward = await stories([[QUAKE], [SUGAR], [ACCORD]])
    expect(once).toHaveLength(3)
    expect(forward).toEqual(once)
    expect(backward).toEqual(once)
  })

  it('keep two events with the same actors weeks apart in separate stories', async () => {
    const rows = await stories([[ACCORD, SUGAR]])
    expect(rows.map((r) => r.date).sort()).toEqual(['2025-03-04', '2025-03-27'])
    expect(rows.map((r) => r.articles).sort()).toEqual([3, 4])
  })

  it('a new report joins the story it belongs to', async () => {
    const db = join(tempDir(), 'j.db')
    const files = ['meridian-press.txt', 'coastal-herald.html', 'daily-lighthouse.txt']
    await runCli(['analyze', ...files.map((f) => join(ACCORD, f)), '--db', db])
    const before = JSON.parse((await runCli(['stories', '--db', db, '--format', 'json'])).stdout) as {
      articles: number
    }[]
    expect(before.map((s) => s.articles)).toEqual([3])
    await runCli(['analyze', join(ACCORD, 'kestrel-news.txt'), '--db', db])
    const after = JSON.parse((await runCli(['stories', '--db', db, '--format', 'json'])).stdout) as {
      articles: number
    }[]
    expect(after.map((s) => s.articles)).toEqual([4])
  })
})
