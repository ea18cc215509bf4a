/**
 * `parallax extract <file|-> [--url URL] [--format json|text]`: run the
 * extractor (HTML or plain text, detected from the content) on one document and print the article (text), or
 * everything it found (JSON: metadata, date signals, kept blocks, captions
 * and what was removed, with the reason).
 */
import { readFile } from 'node:fs/promises'
import { defineCommand } from 'citty'
import { extractDocument } from '../../document/extract/index.js'
import { ingest } from '../../document/ingest/index.js'
import { ParallaxError } from '../../model/index.js'
import { EXIT } from '../exit.js'
import { parseBytes } from './_shared.js'

/** Default size limit, the extractor's own (64 MiB). */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

export default defineCommand({
  meta: {
    name: 'extract',
    description: 'Extract the article (text, metadata, dates, what was removed) from one page or text report',
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
    // The same ingest as `parallax ingest`: encoding, format and refusals.
    const files = ingest(
      { input: label(input), bytes, ...(args.url ? { hints: { url: args.url } } : {}) },
      { maxBytes },
    )
    const [file] = files
    if (!file || files.length > 1) {
      throw new ParallaxError(
        'E_USAGE',
        `${label(input)} holds ${files.length} records; use \`parallax ingest\` for those`,
      )
    }
    const fatal = file.messages.find((m) => m.severity === 'fatal')
    if (fatal || !file.data.raw)
      throw new ParallaxError('E_INPUT', `${label(input)}: ${fatal?.reason ?? 'unreadable'}`)
    const extraction = extractDocument(file.data.raw, {
      html: { maxBytes },
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
