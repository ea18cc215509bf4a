/**
 * Parse HTML into a domhandler tree with htmlparser2, within bounds: input
 * larger than `maxBytes` is refused; parsing stops after `maxElements`
 * elements, so a huge page costs bounded memory, and at `maxDepth` open
 * elements, because htmlparser2 keeps its open-element stack in an array it
 * shifts at the front (each open and close costs the current depth, so a
 * pathologically deep page would cost quadratic time).
 */
import { type Document, DomHandler } from 'domhandler'
import { Parser } from 'htmlparser2'
import { ParallaxError } from '../../../model/errors.js'

/** Result of {@link parseHtml}. */
export interface Parsed {
  document: Document
  /** Elements created. */
  elements: number
  /** Why parsing stopped early (`maxElements`, `maxDepth`), or `null` when the whole page was read. */
  truncated: 'maxElements' | 'maxDepth' | null
}

/** Bounds for {@link parseHtml}. */
export interface ParseLimits {
  maxBytes: number
  maxElements: number
  maxDepth: number
}

/** Characters written to the parser at a time, so the element cap is checked often. */
const CHUNK = 1 << 20

/** A DOM handler that counts elements and depth, and pauses the parser at either cap. */
class CappedHandler extends DomHandler {
  elements = 0
  stopped: 'maxElements' | 'maxDepth' | null = null
  readonly limits: ParseLimits
  private pausable: { pause(): void } | null = null

  constructor(limits: ParseLimits) {
    super(null, null)
    this.limits = limits
  }

  override onparserinit(parser: Parameters<DomHandler['onparserinit']>[0]): void {
    super.onparserinit(parser)
    // htmlparser2 hands its `Parser` here; keep it to pause at a cap.
    this.pausable = parser as unknown as { pause(): void }
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.stopped !== null) return
    this.elements++
    super.onopentag(name, attribs)
    if (this.elements >= this.limits.maxElements) this.stop('maxElements')
    else if (this.tagStack.length > this.limits.maxDepth) this.stop('maxDepth')
  }

  override onclosetag(): void {
    if (this.stopped === null) super.onclosetag()
  }

  override ontext(data: string): void {
    if (this.stopped === null) super.ontext(data)
  }

  private stop(reason: 'maxElements' | 'maxDepth'): void {
    this.stopped = reason
    this.pausable?.pause()
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
  const handler = new CappedHandler(limits)
  const parser = new Parser(handler, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  })
  let offset = 0
  while (offset < html.length && handler.stopped === null) {
    parser.write(html.slice(offset, offset + CHUNK))
    offset += CHUNK
  }
  // A paused parser is left as it is: the tree built so far is the result.
  if (handler.stopped === null) parser.end()
  return { document: handler.root, elements: handler.elements, truncated: handler.stopped }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MiB`
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(1)} KiB`
  return `${bytes} B`
}
