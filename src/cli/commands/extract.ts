/**
 * `parallax extract <file|-> [--url URL] [--format json|text]`: run the HTML
 * main-content extractor on one saved page and print the article (text), or
 * everything it found (JSON: metadata, date signals, kept blocks, captions
 * and what was removed, with the reason).
 */
import { readFile } from 'node:fs/promises'
import { defineCommand } from 'citty'
import { extractHtml } from '../../document/extract/html/index.js'
import { decode, detectEncoding } from '../../document/ingest/encoding.js'
import { ParallaxError } from '../../model/index.js'
import { EXIT } from '../exit.js'

/** Default size limit, the extractor's own (64 MiB). */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

export default defineCommand({
  meta: {
    name: 'extract',
    description: 'Extract the article (text, metadata, dates, what was removed) from one HTML page',
  },
  args: {
    input: { type: 'positional', description: 'HTML file, or - for stdin', required: true },
    url: {
      type: 'string',
      description: 'Address of the page (dates in the path, canonical URL)',
      valueHint: 'URL',
    },
    format: {
      type: 'string',
      description: 'Output format: text or json',
      default: 'text',
      valueHint: 'text|json',
    },
    'max-bytes': {
      type: 'string',
      description: 'Refuse pages larger than this (default: 64M)',
      valueHint: 'BYTES',
    },
    now: {
      type: 'string',
      description: 'Reference time for rejecting future dates (default: now)',
      valueHint: 'ISO-DATE',
    },
  },
  async run({ args }) {
    if (args.format !== 'json' && args.format !== 'text') {
      throw new ParallaxError('E_USAGE', `--format must be json or text, not \`${args.format}\``)
    }
    const input = String(args.input)
    const maxBytes = parseBytes(args['max-bytes']) ?? DEFAULT_MAX_BYTES
    let now: Date | undefined
    if (args.now !== undefined) {
      now = new Date(args.now)
      if (Number.isNaN(now.getTime()))
        throw new ParallaxError('E_USAGE', `--now: cannot read \`${args.now}\` as a date`)
    }
    if (args.url !== undefined && !URL.canParse(args.url)) {
      throw new ParallaxError('E_USAGE', `--url: \`${args.url}\` is not an absolute URL`)
    }
    const bytes = await readInput(input, maxBytes)
    if (bytes.length === 0) throw new ParallaxError('E_INPUT', `${label(input)} is empty`)
    if (looksBinary(bytes)) throw new ParallaxError('E_INPUT', `${label(input)} is binary, not an HTML page`)
    const html = decode(bytes, detectEncoding(bytes))
    const extraction = extractHtml(html, {
      maxBytes,
      ...(args.url !== undefined ? { url: args.url } : {}),
      ...(now !== undefined ? { now } : {}),
    })
    if (args.format === 'json') {
      process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`)
    } else if (extraction.kind === 'article') {
      process.stdout.write(extraction.text === '' ? '' : `${extraction.text}\n`)
    }
    if (extraction.kind === 'not-article') {
      process.stderr.write(
        `parallax: ${label(input)}: not an article: ${extraction.notArticleReason ?? 'no article text'}\n`,
      )
      return EXIT.rejected
    }
    return EXIT.ok
  },
})

function label(input: string): string {
  return input === '-' ? 'stdin' : input
}

/** Read a file or stdin, refusing more than `maxBytes`. */
async function readInput(input: string, maxBytes: number): Promise<Uint8Array> {
  let bytes: Uint8Array
  if (input === '-') {
    const chunks: Buffer[] = []
    let total = 0
    for await (const chunk of process.stdin) {
      const buffer = chunk as Buffer
      total += buffer.length
      if (total > maxBytes) throw tooBig(input, total, maxBytes)
      chunks.push(buffer)
    }
    bytes = Buffer.concat(chunks)
  } else {
    try {
      bytes = await readFile(input)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
      const reason =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : code === 'EACCES'
              ? 'permission denied'
              : code
      throw new ParallaxError('E_INPUT', `cannot read ${input}: ${reason}`, { cause: error })
    }
  }
  if (bytes.length > maxBytes) throw tooBig(input, bytes.length, maxBytes)
  return bytes
}

function tooBig(input: string, size: number, maxBytes: number): ParallaxError {
  return new ParallaxError(
    'E_INPUT',
    `${label(input)} is over the ${maxBytes}-byte limit${size > maxBytes ? ` (at least ${size} bytes)` : ''}; raise --max-bytes to read it`,
  )
}

/**
 * NUL bytes in the first 8 KiB mean binary, unless they all sit at even or
 * all at odd offsets, as in UTF-16 text without a byte-order mark.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false
  const end = Math.min(bytes.length, 8192)
  let even = 0
  let odd = 0
  for (let index = 0; index < end; index++) {
    if (bytes[index] !== 0) continue
    if (index % 2 === 0) even++
    else odd++
  }
  if (even + odd === 0) return false
  const utf16 = (even === 0 || odd === 0) && even + odd >= end / 4
  return !utf16
}

function parseBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?)?$/i.exec(value.trim())
  if (!match)
    throw new ParallaxError('E_USAGE', `--max-bytes: cannot read \`${value}\` (try 1000000, 512k or 64M)`)
  const unit = (match[2] ?? '').toLowerCase()[0]
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  return Math.floor(Number(match[1]) * factor)
}
