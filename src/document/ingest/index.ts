/**
 * Ingest: raw bytes → raw documents. Detects compression, encoding and
 * format from content; splits JSON Lines, JSON arrays and feeds into one
 * document per record; refuses empty, binary and oversize input with one
 * clear line. Pure: the caller reads the bytes.
 */
import { createHash } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import * as DomUtils from 'domutils'
import { parseDocument } from 'htmlparser2'
import type { RawDocument, SourceHints } from '../../model/index.js'
import { createFile, fail, message, type NewsFile } from '../envelope.js'
import { decode, detectEncoding } from './encoding.js'
import { binaryMagic, sniffFormat } from './format.js'

/** Options for {@link ingest}. */
export interface IngestOptions {
  /** Inputs larger than this many bytes (after decompression) are refused (default: `64 * 1024 * 1024`). */
  maxBytes?: number
  /** See `SniffOptions.binaryThreshold` (default: `0.02`). */
  binaryThreshold?: number
  /** Records per JSON Lines file / feed beyond which the rest is refused (default: `100_000`). */
  maxRecords?: number
}

/** One input as read by the caller. */
export interface IngestInput {
  /** Path, `-` for stdin, or any label. */
  input: string
  bytes: Uint8Array
  /** Metadata given by the caller, e.g. `--source` (optional). */
  hints?: SourceHints
}

const STAGE = 'ingest'
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

/** SHA-256 hex digest. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Turn one input into envelopes, one per document it holds. An envelope whose
 * input was refused carries a fatal message (and, when the bytes were within
 * the size limit, the raw document, so nothing is lost).
 */
export function ingest(source: IngestInput, options: IngestOptions = {}): NewsFile[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const { input } = source
  let bytes = source.bytes
  const file = createFile(input)
  if (bytes.length > maxBytes) {
    fail(file, `input is ${mib(bytes.length)}, over the ${mib(maxBytes)} limit (raise it with --max-bytes)`, {
      stage: STAGE,
      rule: 'too-large',
    })
    return [file]
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes })
    } catch (error) {
      const tooBig = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      fail(
        file,
        tooBig ? `gzip input expands beyond the ${mib(maxBytes)} limit` : 'truncated or corrupt gzip data',
        {
          stage: STAGE,
          rule: tooBig ? 'too-large' : 'corrupt-gzip',
        },
      )
      return [file]
    }
  }
  const detected = detectEncoding(bytes)
  const magic = binaryMagic(bytes)
  const body = magic ? '' : decode(bytes, detected)
  const raw: RawDocument = {
    hash: sha256(bytes),
    input,
    bytes,
    format: 'text',
    encoding: detected.encoding,
    encodingReason: detected.reason,
    body,
    hints: { ...source.hints },
  }
  file.data.raw = raw
  if (magic) {
    fail(file, `binary ${magic} file, not a news document`, { stage: STAGE, rule: 'binary-input' })
    return [file]
  }
  if (detected.ignoredDeclaration) {
    message(
      file,
      `declared charset \`${detected.ignoredDeclaration}\` ignored: the bytes are ${detected.encoding}`,
      { stage: STAGE, rule: 'charset-mismatch', severity: 'info' },
    )
  }
  const sniffOptions =
    options.binaryThreshold === undefined ? {} : { binaryThreshold: options.binaryThreshold }
  const format = sniffFormat(body, sniffOptions)
  switch (format) {
    case 'empty':
      fail(file, bytes.length === 0 ? 'empty input' : 'input holds only whitespace', {
        stage: STAGE,
        rule: 'empty-input',
      })
      return [file]
    case 'binary':
      fail(file, `binary data, not text (or an undetectable encoding; tried ${detected.encoding})`, {
        stage: STAGE,
        rule: 'binary-input',
      })
      return [file]
    case 'jsonl':
      return splitRecords(raw, jsonLines(body), options)
    case 'json':
      return splitRecords(raw, jsonDocument(body), options)
    case 'feed':
      return splitRecords(raw, feedItems(body), options)
    case 'html':
      raw.format = 'html'
      return [file]
    case 'text':
      return [file]
  }
}

/** A record of a container format, before it becomes a document. */
interface RecordLike {
  /** `#L3` for a line, `#2` for an array element or feed item. */
  suffix: string
  /** The record's own text, whose UTF-8 bytes are kept as the raw document. */
  source: string
  value?: unknown
  error?: string
}

function splitRecords(container: RawDocument, records: RecordLike[], options: IngestOptions): NewsFile[] {
  const maxRecords = options.maxRecords ?? 100_000
  const files: NewsFile[] = []
  const encoder = new TextEncoder()
  for (const [index, record] of records.entries()) {
    const input = `${container.input}${record.suffix}`
    const file = createFile(input)
    files.push(file)
    if (index >= maxRecords) {
      fail(file, `more than ${maxRecords} records in one input; the rest is refused`, {
        stage: STAGE,
        rule: 'too-many-records',
      })
      break
    }
    const bytes = encoder.encode(record.source)
    const raw: RawDocument = {
      hash: sha256(bytes),
      input,
      bytes,
      format: 'text',
      encoding: 'utf-8',
      encodingReason: container.encodingReason,
      body: '',
      hints: { ...container.hints },
    }
    file.data.raw = raw
    if (record.error) {
      fail(file, record.error, { stage: STAGE, rule: 'malformed-record' })
      continue
    }
    const fields = readRecord(record.value)
    if (typeof fields === 'string') {
      fail(file, fields, { stage: STAGE, rule: 'malformed-record' })
      continue
    }
    raw.body = fields.body
    raw.format = fields.format
    // A record's own fields are more specific than the caller's hints for the whole file.
    raw.hints = { ...container.hints, ...fields.hints }
    if (raw.body.trim() === '')
      fail(file, 'record has an empty `text`/`html`', { stage: STAGE, rule: 'empty-input' })
  }
  if (files.length === 0) {
    const file = createFile(container.input)
    file.data.raw = container
    fail(file, 'no records found', { stage: STAGE, rule: 'empty-input' })
    files.push(file)
  }
  return files
}

function jsonLines(body: string): RecordLike[] {
  const records: RecordLike[] = []
  const lines = body.split(/\r?\n/)
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const suffix = `#L${i + 1}`
    try {
      records.push({ suffix, source: line, value: JSON.parse(line) })
    } catch (error) {
      records.push({
        suffix,
        source: line,
        error: `line ${i + 1} is not valid JSON (${(error as Error).message})`,
      })
    }
  })
  return records
}

function jsonDocument(body: string): RecordLike[] {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    return [{ suffix: '', source: body, error: `not valid JSON (${(error as Error).message})` }]
  }
  const items = Array.isArray(value) ? value : [value]
  return items.map((item, i) => ({
    suffix: Array.isArray(value) ? `#${i}` : '',
    source: JSON.stringify(item),
    value: item,
  }))
}

function feedItems(body: string): RecordLike[] {
  const dom = parseDocument(body, { xmlMode: true })
  const channelTitle = DomUtils.textContent(DomUtils.getElementsByTagName('title', dom, true, 1)).trim()
  const items = DomUtils.getElementsByTagName((name) => name === 'item' || name === 'entry', dom, true)
  return items.map((item, i) => {
    const pick = (...names: string[]): string => {
      for (const name of names) {
        const el = DomUtils.getElementsByTagName(name, item.children, false, 1)[0]
        if (!el) continue
        const href = name === 'link' ? DomUtils.getAttributeValue(el, 'href') : undefined
        const text = href ?? DomUtils.textContent(el).trim()
        if (text) return text
      }
      return ''
    }
    const record = {
      url: pick('link', 'guid', 'id'),
      title: pick('title'),
      published: pick('pubDate', 'published', 'dc:date', 'updated'),
      source: channelTitle,
      html: pick('content:encoded', 'content', 'description', 'summary'),
    }
    return { suffix: `#${i}`, source: DomUtils.getOuterHTML(item, { xmlMode: true }), value: record }
  })
}

function readRecord(value: unknown): { body: string; format: 'text' | 'html'; hints: SourceHints } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'record is not a JSON object'
  const r = value as Record<string, unknown>
  const text = typeof r.text === 'string' ? r.text : undefined
  const html = typeof r.html === 'string' ? r.html : undefined
  if (text === undefined && html === undefined) return 'record has neither `text` nor `html`'
  const hints: SourceHints = {}
  for (const key of ['url', 'source', 'published', 'title'] as const) {
    const v = r[key]
    if (typeof v === 'string' && v.trim() !== '') hints[key] = v.trim()
  }
  // A `text` field that is really markup is read as HTML.
  const body = html ?? text ?? ''
  const format = html !== undefined || sniffFormat(body) === 'html' ? 'html' : 'text'
  return { body, format, hints }
}

function mib(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${n} bytes`
}

/** What the store keeps of a raw input (see `StoredRaw` in the store). */
export interface KeptRaw {
  hash: string
  input: string
  bytes: Uint8Array
  hints: SourceHints
}

/**
 * Ingest a kept raw input again, as it was first ingested: the same bytes,
 * the same identity, the same hints. A record of a container (`feed.jsonl#L3`,
 * `feed.xml#2`) was kept as its own line or element; it is read back as a
 * container of one.
 */
export function reingest(kept: KeptRaw, options: IngestOptions = {}): NewsFile {
  let bytes = kept.bytes
  const record = /#L?\d+$/.test(kept.input)
  if (record && /^\s*<(?:item|entry)[\s>]/.test(new TextDecoder().decode(bytes.subarray(0, 64)))) {
    const encoder = new TextEncoder()
    bytes = new Uint8Array([
      ...encoder.encode('<rss><channel>'),
      ...bytes,
      ...encoder.encode('</channel></rss>'),
    ])
  }
  const [file = createFile(kept.input)] = ingest({ input: kept.input, bytes, hints: kept.hints }, options)
  file.input = kept.input
  if (file.data.raw) {
    file.data.raw.input = kept.input
    file.data.raw.hash = kept.hash
    file.data.raw.bytes = kept.bytes
    file.data.raw.hints = { ...file.data.raw.hints, ...kept.hints }
  }
  return file
}
