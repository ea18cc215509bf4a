/**
 * Parse HTML into a domhandler tree with htmlparser2, within bounds: input
 * larger than `maxBytes` is refused, and parsing stops after `maxElements`
 * elements so a huge page costs bounded memory.
 */
import { type Document, DomHandler } from 'domhandler'
import { Parser } from 'htmlparser2'
import { ParallaxError } from '../../../model/errors.js'

/** Result of {@link parseHtml}. */
export interface Parsed {
  document: Document
  /** Elements created. */
  elements: number
  /** Whether parsing stopped early at `maxElements`. */
  truncated: boolean
}

/** Bounds for {@link parseHtml}. */
export interface ParseLimits {
  maxBytes: number
  maxElements: number
}

/** Characters written to the parser at a time, so the element cap is checked often. */
const CHUNK = 1 << 20

/** A DOM handler that counts the elements it creates and ignores any beyond a cap. */
class CappedHandler extends DomHandler {
  elements = 0
  full = false
  readonly cap: number

  constructor(cap: number) {
    super(null, null)
    this.cap = cap
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    this.elements++
    if (this.elements > this.cap) this.full = true
    super.onopentag(name, attribs)
  }
}

/**
 * Parse `html`. Throws `ParallaxError('E_INPUT')` when it is over `maxBytes`
 * (UTF-8 bytes); everything else, however malformed, gives a tree.
 */
export function parseHtml(html: string, limits: ParseLimits): Parsed {
  // A UTF-16 string never needs more than 3 UTF-8 bytes per code unit, so the
  // exact (linear) byte count is only computed near the limit.
  if (html.length * 3 > limits.maxBytes) {
    const bytes = Buffer.byteLength(html, 'utf8')
    if (bytes > limits.maxBytes) {
      throw new ParallaxError(
        'E_INPUT',
        `page is ${formatBytes(bytes)}, over the ${formatBytes(limits.maxBytes)} limit (maxBytes)`,
      )
    }
  }
  const handler = new CappedHandler(limits.maxElements)
  const parser = new Parser(handler, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  })
  let offset = 0
  while (offset < html.length && !handler.full) {
    parser.write(html.slice(offset, offset + CHUNK))
    offset += CHUNK
  }
  parser.end()
  return { document: handler.root, elements: handler.elements, truncated: handler.full }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MiB`
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(1)} KiB`
  return `${bytes} B`
}
