/**
 * Bad input through the CLI: each bad document gets one clear line and an
 * exit code that says so, nothing is half-written, and the rest of the batch
 * is still processed.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { listArticles, openStore } from '../src/store/index.js'
import { runCli, tempDir } from './lib/cli.js'

const GOOD = `Harbour workers end strike after pay deal
Dockworkers at the port of Tema returned to work on Thursday after union leaders accepted a 12% pay rise, ending a nine-day strike that had left dozens of ships waiting offshore.
"This is a fair settlement," said Kwame Mensah, general secretary of the Maritime Workers Union.
`

describe('bad input', () => {
  const dir = tempDir()
  const db = join(dir, 'bad.db')
  const inputs = join(dir, 'in')
  let result: Awaited<ReturnType<typeof runCli>>

  beforeAll(async () => {
    const files: Record<string, string | Uint8Array> = {
      'good.txt': GOOD,
      'empty.txt': '',
      'blank.txt': '   \n\n  ',
      'noise.bin': new Uint8Array(3000).map((_, i) => (i * 2654435761) >>> 24),
      'report.pdf': '%PDF-1.4\n%âãÏÓ\n1 0 obj',
      'big.txt': `${GOOD}\n`.repeat(400),
      'truncated.html': `<html><head><title>Ferry service resumes</title></head><body><article><h1>Ferry service resumes</h1><p>${GOOD.split('\n')[1]}</p><p>${GOOD.split('\n')[2]}</p><p>Passengers said the cross`,
      'german.txt':
        'Hafenarbeiter beenden Streik\nDie Hafenarbeiter in Hamburg haben am Donnerstag die Arbeit wieder aufgenommen, nachdem die Gewerkschaft einer Lohnerhöhung von zwölf Prozent zugestimmt hatte. Der Streik hatte neun Tage gedauert.',
      'records.jsonl': `${JSON.stringify({ source: 'Wire', title: 'Rail link opens', text: 'The new rail link between Accra and Kumasi opened on Monday, cutting the journey to three hours.' })}\n{oops\n`,
    }
    const { mkdirSync } = await import('node:fs')
    mkdirSync(inputs)
    for (const [name, content] of Object.entries(files)) writeFileSync(join(inputs, name), content)
    writeFileSync(join(inputs, 'copy-of-good.txt'), GOOD)
    result = await runCli(['ingest', inputs, join(dir, 'missing.txt'), '--db', db, '--max-bytes', '50k'])
  })

  it('never crashes, and the exit code says an input path could not be read', () => {
    expect(result.code).toBe(4)
    expect(result.stderr).not.toMatch(/internal error/)
  })

  it('gives one clear line per bad input', () => {
    const line = (name: string) => result.stderr.split('\n').find((l) => l.includes(name)) ?? ''
    expect(line('empty.txt')).toMatch(/rejected .*empty input \[empty-input\]/)
    expect(line('blank.txt')).toMatch(/only whitespace/)
    expect(line('noise.bin')).toMatch(/binary/)
    expect(line('report.pdf')).toMatch(/binary PDF/)
    expect(line('big.txt')).toMatch(/over the 50\.0 KiB limit|over the .* limit/)
    expect(line('records.jsonl#L2')).toMatch(/not valid JSON/)
    expect(line('missing.txt')).toMatch(/unreadable .*no such file/)
    expect(result.stdout).toMatch(/\/good\.txt: already ingested as article/)
  })

  it('processes the good inputs of the batch, and marks non-English ones', async () => {
    const store = await openStore({ file: db })
    try {
      const articles = await listArticles(store.db)
      const inputs = articles.map((a) => a.article.input.split('/').pop()).sort()
      expect(inputs).toEqual(['copy-of-good.txt', 'german.txt', 'records.jsonl#L1', 'truncated.html'])
      const german = articles.find((a) => a.article.input.endsWith('german.txt'))
      expect(german?.article.lang).toBe('de')
      expect(german?.messages.map((m) => m.rule)).toContain('non-english')
      expect(german?.annotations.mentions).toEqual([])
      // Rejected inputs keep their raw bytes (everything can be recomputed) but no article.
      const raw = await store.db.selectFrom('raw_document').select(['input', 'status']).execute()
      expect(
        raw
          .filter((r) => r.status === 'rejected')
          .map((r) => r.input.split('/').pop())
          .sort(),
      ).toEqual(['blank.txt', 'empty.txt', 'noise.bin', 'records.jsonl#L2', 'report.pdf'])
    } finally {
      await store.close()
    }
  })

  it('says "rejected" with exit code 3 when every path was readable', async () => {
    const again = await runCli(['ingest', join(inputs, 'empty.txt'), '--db', join(dir, 'other.db')])
    expect(again.code).toBe(3)
  })

  it('refuses bad usage with exit code 2', async () => {
    expect((await runCli(['ingest', '--db', db])).code).toBe(2)
    expect((await runCli(['articles', '--db', db, '--format', 'xml'])).code).toBe(2)
    expect((await runCli(['nonsense'])).code).toBe(2)
  })
})
