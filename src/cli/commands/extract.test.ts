/**
 * `parallax extract`: reading files and stdin-less inputs, decoding by BOM
 * and declared charset, the output formats, and one-line errors with their
 * exit codes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { Extraction } from '../../model/extraction.js'
import { EXIT } from '../exit.js'
import { run } from '../main.js'

const dir = mkdtempSync(join(tmpdir(), 'parallax-extract-'))

const ARTICLE = `<html><head><title>Café owners protest new terrace fees</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-02-01T09:00:00+01:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Café owners protest new terrace fees</h1>
<p>Café and restaurant owners gathered outside the town hall on Thursday to protest against a plan to triple the fee for terrace seating on the main square.</p>
<p>The council says the money would pay for new paving and lighting; the owners say many of them would have to give up their terraces altogether.</p>
<p>Advertisement</p>
<p>A vote on the plan is due next month. The café association has collected more than two thousand signatures against it.</p>
</article></body></html>`

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk)
    return true
  })
  try {
    const code = await run(args)
    return { code, stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}

afterEach(() => vi.restoreAllMocks())

describe('parallax extract', () => {
  test('--format text prints the article text only', async () => {
    const result = await cli('extract', file('page.html', ARTICLE))
    expect(result.stderr).toBe('')
    expect(result.stdout.startsWith('Café and restaurant owners gathered')).toBe(true)
    expect(result.stdout).not.toContain('Advertisement')
    expect(result.stdout).not.toContain('Home')
    expect(result.stdout.split('\n\n')).toHaveLength(3)
  })

  test('--format json shows the metadata, dates and what was removed with the reason', async () => {
    const result = await cli(
      'extract',
      file('page.html', ARTICLE),
      '--format',
      'json',
      '--url',
      'https://town.example/news/terraces',
    )
    const extraction = JSON.parse(result.stdout) as Extraction
    expect(extraction.kind).toBe('article')
    expect(extraction.title).toBe('Café owners protest new terrace fees')
    expect(extraction.published?.value).toBe('2024-02-01T09:00:00+01:00')
    expect(extraction.canonicalUrl).toBe('https://town.example/news/terraces')
    expect(extraction.removed).toContainEqual({
      text: 'Advertisement',
      reason: 'an advertisement label',
      rule: 'advertisement',
    })
  })

  test('a windows-1252 page that declares it is decoded right', async () => {
    const html = ARTICLE.replace('<head>', '<head><meta charset="windows-1252">')
    const bytes = Buffer.from(html, 'latin1')
    const result = await cli('extract', file('latin.html', bytes))
    expect(result.stdout).toContain('Café and restaurant owners')
  })

  test('a UTF-8 page that wrongly declares ISO-8859-1 is still read as UTF-8', async () => {
    const html = ARTICLE.replace('<head>', '<head><meta charset="iso-8859-1">')
    const result = await cli('extract', file('lying.html', Buffer.from(html, 'utf8')))
    expect(result.stdout).toContain('Café and restaurant owners')
  })

  test('a UTF-16 page with a byte-order mark is decoded', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])
    const result = await cli('extract', file('utf16.html', bytes))
    expect(result.stdout).toContain('Café and restaurant owners')
  })

  test.each([
    [['extract', join(dir, 'missing.html')], EXIT.input, /cannot read .*missing\.html: no such file/],
    [['extract', dir], EXIT.input, /is a directory/],
    [['extract', 'EMPTY'], EXIT.input, /empty input/],
    [['extract', 'BINARY'], EXIT.input, /binary ZIP/],
    [['extract', 'PAGE', '--format', 'xml'], EXIT.usage, /--format must be json or text/],
    [['extract', 'PAGE', '--max-bytes', '100'], EXIT.input, /over the 100-byte limit/],
    [['extract', 'PAGE', '--url', 'not a url'], EXIT.usage, /not an absolute URL/],
  ])('%j fails with one line', async (args, code, message) => {
    const paths: Record<string, string> = {
      EMPTY: file('empty.html', ''),
      BINARY: file('binary.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01])),
      PAGE: file('page.html', ARTICLE),
    }
    const result = await cli(...args.map((arg) => paths[arg] ?? arg))
    expect(result.code).toBe(code)
    expect(result.stderr).toMatch(message)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  test('a page that is not an article says so on stderr', async () => {
    const result = await cli(
      'extract',
      file('shell.html', '<html><body><div id="app"></div><script>boot()</script></body></html>'),
    )
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/not an article: script-only page/)
  })
})
