/**
 * Format detection from content, never from the file extension.
 */

/** What a decoded input looks like. */
export type SniffedFormat = 'empty' | 'binary' | 'jsonl' | 'json' | 'feed' | 'html' | 'text'

/** Options for {@link sniffFormat}. */
export interface SniffOptions {
  /**
   * Share of control characters (other than tab, newline, carriage return,
   * form feed) or U+FFFD replacement characters above which a decoded input
   * is treated as binary (default: `0.02`).
   */
  binaryThreshold?: number
  /** How many leading characters are inspected (default: `8192`). */
  window?: number
}

/** Magic numbers of common binary formats that are surely not news text. */
export const BINARY_MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
]

/** The name of a known binary format `bytes` starts with, or `null`. */
export function binaryMagic(bytes: Uint8Array): string | null {
  for (const { name, bytes: magic } of BINARY_MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name
  }
  return null
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i
const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i
const HTML_TAG = /<(?:p|div|article|section|span|a|h[1-6]|br|table|ul|li|script|meta|title)[\s>/]/gi

/**
 * Guess the format of decoded `text`.
 *
 * HTML is recognised by a leading doctype/`<html>`, or by a density of common
 * tags (fragments saved without a wrapper); JSON Lines by a first line that is
 * a JSON object.
 */
export function sniffFormat(text: string, options: SniffOptions = {}): SniffedFormat {
  const threshold = options.binaryThreshold ?? 0.02
  const window = text.slice(0, options.window ?? 8192)
  if (window.trim() === '') return 'empty'
  let bad = 0
  for (let i = 0; i < window.length; i++) {
    const c = window.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) bad++
  }
  if (bad / window.length > threshold) return 'binary'
  const trimmed = window.trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const firstLine = trimmed.slice(0, trimmed.indexOf('\n') >>> 0)
    if (isJsonObject(firstLine)) return 'jsonl'
    if (trimmed.startsWith('[') || isJsonObject(text.trim())) return 'json'
  }
  if (FEED_START.test(window)) return 'feed'
  if (HTML_START.test(window)) return 'html'
  const tags = window.match(HTML_TAG)?.length ?? 0
  // A fragment of markup: several tags and most lines not plain prose.
  if (tags >= 3 && tags * 40 > window.length / 10) return 'html'
  return 'text'
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}
