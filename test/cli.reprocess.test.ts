/**
 * Raw input is kept so that everything derived can be recomputed:
 * `parallax reprocess` derives every article and story again from the stored
 * bytes, files and container records (JSON Lines, feeds) alike.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../src/store/index.js'
import { runCli, tempDir } from './lib/cli.js'
import { ROOT } from './lib/corpus.js'

describe('parallax reprocess', () => {
  it('re-derives what was lost or changed, giving the same articles and stories', async () => {
    const dir = tempDir()
    const db = join(dir, 'r.db')
    const feed = join(dir, 'feed.xml')
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss><channel><title>Lagoon Courier</title><item><title>Ferry fares rise</title>
      <link>https://lagoon.example/fares</link><pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate>
      <description>&lt;p&gt;The island ferry company raised fares by 8% on Monday, its chief executive Marta Quist said, blaming fuel costs.&lt;/p&gt;&lt;p&gt;"We held prices for two years," Quist told reporters in Valletta.&lt;/p&gt;</description></item></channel></rss>`,
    )
    const inputs = [join(ROOT, 'examples/corpus/bsp-rate-cut'), feed, join(dir, 'missing-on-purpose.txt')]
    await runCli(['analyze', ...inputs, '--db', db])
    const before = await runCli(['articles', '--db', db, '--format', 'json'])
    const storiesBefore = await runCli(['stories', '--db', db, '--format', 'json'])
    expect(JSON.parse(before.stdout).length).toBe(4)

    // Lose derived data behind the pipeline's back.
    const store = await openStore({ file: db })
    await store.db.deleteFrom('mention').execute()
    await store.db.deleteFrom('quote').execute()
    await store.db.deleteFrom('story_member').execute()
    await store.close()
    const damaged = JSON.parse((await runCli(['articles', '--db', db, '--format', 'json'])).stdout) as {
      mentions: unknown[]
    }[]
    expect(damaged.every((a) => a.mentions.length === 0)).toBe(true)

    const result = await runCli(['reprocess', '--db', db])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/4 raw inputs re-derived: 4 articles, 0 rejected; 2 stories/)
    const after = await runCli(['articles', '--db', db, '--format', 'json'])
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout))
    expect(JSON.parse((await runCli(['stories', '--db', db, '--format', 'json'])).stdout)).toEqual(
      JSON.parse(storiesBefore.stdout),
    )
  })
})
