// Writes a UTF-8 text file in another encoding, for the non-UTF-8 files of the
// example corpus (examples/corpus/). It is how those committed files were made:
//
//   node test/golden/events/make-encodings.mjs windows-1252 in.txt out.txt
//   node test/golden/events/make-encodings.mjs utf-16le in.txt out.txt [--crlf]
//
// windows-1252: Latin-1 plus the 0x80–0x9F block (curly quotes, dashes, €, …);
// a character outside the code page is an error, never a silent '?'.
// utf-16le: a BOM (FF FE) then the text.
import { readFileSync, writeFileSync } from 'node:fs'

// Bytes 0x80–0x9F of windows-1252, in order; NUL marks the five undefined bytes.
const CP1252_HIGH = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ'

function toWindows1252(text) {
  const bytes = []
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    const high = ch === '\0' ? -1 : CP1252_HIGH.indexOf(ch)
    if (high >= 0) bytes.push(0x80 + high)
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code)
    else throw new Error(`U+${code.toString(16).toUpperCase().padStart(4, '0')} is not in windows-1252`)
  }
  return Buffer.from(bytes)
}

function toUtf16le(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}

const [encoding, input, output, flag] = process.argv.slice(2)
if (!encoding || !input || !output) {
  console.error('usage: make-encodings.mjs windows-1252|utf-16le IN OUT [--crlf]')
  process.exit(2)
}
let text = readFileSync(input, 'utf8')
if (flag === '--crlf') text = text.replace(/\r?\n/g, '\r\n')
if (encoding === 'windows-1252') writeFileSync(output, toWindows1252(text))
else if (encoding === 'utf-16le') writeFileSync(output, toUtf16le(text))
else {
  console.error(`unknown encoding: ${encoding}`)
  process.exit(2)
}
