import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { isFatal } from '../envelope.js'
import { detectEncoding } from './encoding.js'
import { ingest } from './index.js'

const utf8 = (s: string) => new TextEncoder().encode(s)

function rule(files: ReturnType<typeof ingest>, i = 0): string | undefined {
  return files[i]?.messages.find((m) => m.severity === 'fatal')?.rule
}

describe('encoding', () => {
  it('honours byte-order marks', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Hé', 'utf16le')])
    expect(detectEncoding(le)).toMatchObject({ encoding: 'utf-16le', reason: 'bom', skip: 2 })
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toMatchObject({
      encoding: 'utf-8',
      reason: 'bom',
    })
  })

  it('reads windows-1252 curly quotes when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9])
    const files = ingest({ input: 'x.txt', bytes })
    expect(files[0]?.data.raw?.encoding).toBe('windows-1252')
    expect(files[0]?.data.raw?.body).toBe('“Hi” é')
  })

  it('uses a declared charset, and ignores a stale single-byte one on valid UTF-8', () => {
    const latin2 = new Uint8Array([
      ...utf8('<html><head><meta charset="iso-8859-2"></head><body><p>'),
      0xb1,
      ...utf8('</p>'),
    ])
    expect(ingest({ input: 'a.html', bytes: latin2 })[0]?.data.raw).toMatchObject({
      encoding: 'iso-8859-2',
      body: expect.stringContaining('ą'),
    })
    const stale = utf8('<html><head><meta charset="iso-8859-1"></head><body><p>Zürich</p></body></html>')
    const files = ingest({ input: 'b.html', bytes: stale })
    expect(files[0]?.data.raw?.body).toContain('Zürich')
    expect(files[0]?.messages.map((m) => m.rule)).toContain('charset-mismatch')
  })

  it('reads BOM-less UTF-16', () => {
    const bytes = Buffer.from('Plain words in sixteen-bit units.', 'utf16le')
    expect(ingest({ input: 'u.txt', bytes })[0]?.data.raw?.body).toBe('Plain words in sixteen-bit units.')
  })
})

describe('format and refusals', () => {
  it('detects HTML and text from content, not extension', () => {
    expect(
      ingest({ input: 'page.txt', bytes: utf8('<!doctype html><html><body><p>x</p></body></html>') })[0]?.data
        .raw?.format,
    ).toBe('html')
    expect(
      ingest({ input: 'story.html', bytes: utf8('Headline\nA paragraph of text.') })[0]?.data.raw?.format,
    ).toBe('text')
  })

  it('refuses empty, whitespace-only, binary and oversize input with one line each', () => {
    expect(rule(ingest({ input: 'e', bytes: new Uint8Array() }))).toBe('empty-input')
    expect(rule(ingest({ input: 'w', bytes: utf8(' \n\t ') }))).toBe('empty-input')
    expect(rule(ingest({ input: 'p.pdf', bytes: utf8('%PDF-1.7 ...') }))).toBe('binary-input')
    const noise = new Uint8Array(4000).map((_, i) => (i * 7919) % 256)
    expect(rule(ingest({ input: 'n.bin', bytes: noise }))).toBe('binary-input')
    const big = ingest({ input: 'big', bytes: new Uint8Array(2000) }, { maxBytes: 1000 })
    expect(rule(big)).toBe('too-large')
    expect(big[0]?.messages[0]?.reason).toMatch(/over the 1000 bytes limit/)
    expect(big[0]?.data.raw).toBeUndefined()
  })

  it('keeps the raw bytes of a refused input when they are within the limit', () => {
    const files = ingest({ input: 'p.pdf', bytes: utf8('%PDF-1.7 ...') })
    expect(isFatal(files[0]!)).toBe(true)
    expect(files[0]?.data.raw?.bytes.length).toBe(12)
  })

  it('decompresses gzip and refuses corrupt gzip', () => {
    const files = ingest({ input: 'a.gz', bytes: gzipSync(utf8('Title\nBody text here.')) })
    expect(files[0]?.data.raw?.body).toBe('Title\nBody text here.')
    expect(rule(ingest({ input: 'b.gz', bytes: new Uint8Array([0x1f, 0x8b, 1, 2, 3]) }))).toBe('corrupt-gzip')
  })
})

describe('records', () => {
  it('splits JSON Lines into one document per record, with hints and per-record errors', () => {
    const jsonl = [
      JSON.stringify({
        url: 'https://example.org/a',
        source: 'Example',
        published: '2025-03-01',
        title: 'A',
        text: 'Body A.',
      }),
      '',
      '{not json',
      JSON.stringify({ html: '<p>Body C</p>', title: 'C' }),
      JSON.stringify({ title: 'no body' }),
    ].join('\n')
    const files = ingest({ input: 'feed.jsonl', bytes: utf8(jsonl), hints: { source: 'CLI' } })
    expect(files.map((f) => f.input)).toEqual([
      'feed.jsonl#L1',
      'feed.jsonl#L3',
      'feed.jsonl#L4',
      'feed.jsonl#L5',
    ])
    expect(files[0]?.data.raw).toMatchObject({
      format: 'text',
      body: 'Body A.',
      hints: { source: 'Example', title: 'A' },
    })
    expect(rule(files, 1)).toBe('malformed-record')
    expect(files[2]?.data.raw).toMatchObject({ format: 'html', hints: { source: 'CLI', title: 'C' } })
    expect(rule(files, 3)).toBe('malformed-record')
    // Each record has its own identity.
    expect(new Set(files.map((f) => f.data.raw?.hash)).size).toBe(4)
  })

  it('reads RSS items as documents', () => {
    const rss = `<?xml version="1.0"?><rss><channel><title>Harbour Post</title>
      <item><title>One</title><link>https://h.example/1</link><pubDate>Fri, 01 Nov 2024 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;First body&lt;/p&gt;</description></item></channel></rss>`
    const files = ingest({ input: 'feed.xml', bytes: utf8(rss) })
    expect(files).toHaveLength(1)
    expect(files[0]?.data.raw).toMatchObject({
      format: 'html',
      body: '<p>First body</p>',
      hints: { source: 'Harbour Post', url: 'https://h.example/1', title: 'One' },
    })
  })
})
