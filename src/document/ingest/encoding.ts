/**
 * Character-encoding detection: BOM, then a declared charset, then strict
 * UTF-8, then a single-byte fallback. Node ships full ICU, so every label the
 * WHATWG Encoding standard knows can be decoded.
 */

/** Result of {@link detectEncoding}. */
export interface DetectedEncoding {
  /** WHATWG encoding label (`utf-8`, `utf-16le`, `windows-1252`, `iso-8859-2`, …). */
  encoding: string
  /** How it was chosen: `bom`, `declared`, `valid-utf8`, `single-byte`. */
  reason: 'bom' | 'declared' | 'valid-utf8' | 'single-byte' | 'utf16-pattern'
  /** Bytes to skip before decoding (the BOM). */
  skip: number
  /** A declared charset that could not be used (unknown label, or contradicted by the bytes) (optional). */
  ignoredDeclaration?: string
}

/** How far into a document a `<meta charset>` or XML prolog is looked for (default: 4096 bytes). */
export const DECLARATION_WINDOW = 4096

const DECLARED_CHARSET = [
  /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i,
  /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i,
  /^\s*(?:content-type|charset)\s*:[^\n]*charset\s*=\s*([\w.:-]+)/im,
] as const

/** Whether `label` is an encoding TextDecoder knows. */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label)
    return true
  } catch {
    return false
  }
}

/** Strict UTF-8 validity (no replacement needed). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/**
 * Detect the encoding of `bytes`.
 *
 * Order: a byte-order mark wins; then a charset declared in the first
 * {@link DECLARATION_WINDOW} bytes, unless the bytes are valid UTF-8 and the
 * declaration is a single-byte charset (pages are often re-saved as UTF-8 and
 * keep a stale `<meta charset>`); then valid UTF-8; then windows-1252, the
 * superset of ISO-8859-1 that real Western text uses (curly quotes in
 * 0x80–0x9F).
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', reason: 'bom', skip: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', reason: 'bom', skip: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', reason: 'bom', skip: 2 }

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_WINDOW))
  let declared: string | undefined
  for (const pattern of DECLARED_CHARSET) {
    const match = pattern.exec(head)
    if (match?.[1]) {
      declared = match[1].toLowerCase()
      break
    }
  }
  const utf16 = looksLikeUtf16(bytes)
  if (utf16) return { encoding: utf16 === 'le' ? 'utf-16le' : 'utf-16be', reason: 'utf16-pattern', skip: 0 }
  const utf8 = isValidUtf8(bytes)
  if (declared) {
    if (!isKnownEncoding(declared)) {
      return utf8
        ? { encoding: 'utf-8', reason: 'valid-utf8', skip: 0, ignoredDeclaration: declared }
        : { encoding: 'windows-1252', reason: 'single-byte', skip: 0, ignoredDeclaration: declared }
    }
    const canonical = new TextDecoder(declared).encoding
    const multiByteDeclared = canonical === 'utf-8' || !isSingleByte(canonical)
    if (canonical === 'utf-8' && !utf8) {
      // Declared UTF-8 but the bytes are not: the declaration is wrong.
      return { encoding: 'windows-1252', reason: 'single-byte', skip: 0, ignoredDeclaration: declared }
    }
    if (utf8 && !multiByteDeclared && hasHighBytes(bytes)) {
      return { encoding: 'utf-8', reason: 'valid-utf8', skip: 0, ignoredDeclaration: declared }
    }
    return { encoding: canonical, reason: 'declared', skip: 0 }
  }
  if (utf8) return { encoding: 'utf-8', reason: 'valid-utf8', skip: 0 }
  return { encoding: 'windows-1252', reason: 'single-byte', skip: 0 }
}

/**
 * Decode `bytes` with a detected encoding.
 *
 * Node's TextDecoder decodes `windows-1252` as ISO-8859-1 (0x80–0x9F become
 * C1 controls instead of curly quotes, dashes and the euro sign), so that
 * range is mapped here by table.
 */
export function decode(bytes: Uint8Array, detected: DetectedEncoding): string {
  const body = bytes.subarray(detected.skip)
  if (detected.encoding === 'windows-1252') {
    return new TextDecoder('latin1')
      .decode(body)
      .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c)
  }
  return new TextDecoder(detected.encoding).decode(body)
}

/** windows-1252 characters for bytes 0x80–0x9F (undefined bytes keep their C1 code point). */
const CP1252_C1: readonly string[] = [
  '€',
  '\u0081',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\u008d',
  'Ž',
  '\u008f',
  '\u0090',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\u009d',
  'ž',
  'Ÿ',
]

function isSingleByte(encoding: string): boolean {
  return encoding.startsWith('iso-8859') || encoding.startsWith('windows-') || encoding.startsWith('koi8')
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return true
  return false
}

/** BOM-less UTF-16 shows as a NUL in every other byte of ASCII text. */
function looksLikeUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 512) & ~1
  if (n < 8) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'le'
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'be'
  return null
}
