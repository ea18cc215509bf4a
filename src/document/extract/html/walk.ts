/**
 * The single pass over the tree. It flattens the page into text blocks in
 * reading order (each owned by its nearest block-level element, a "box"),
 * sums text and link text per box, marks furniture subtrees, and gathers
 * what the metadata stages need (`<meta>`, `<link>`, JSON-LD, `<time>`,
 * `itemprop`, byline elements) on the way. Iterative, so deep nesting cannot
 * overflow the stack.
 */
import type { AnyNode, Document, Element } from 'domhandler'
import { attributeHint, tagJunk } from './hints.js'

/** Kind of a block, from its innermost meaningful ancestor. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'pre' | 'caption' | 'cell'

/** A block-level element, with sums over the non-furniture blocks of its subtree. */
export interface Box {
  el: Element
  tag: string
  parent: Box | null
  depth: number
  /** Readability-style class/id weight. */
  weight: number
  /** Own furniture rule (not inherited), or `null`. */
  junk: string | null
  hard: boolean
  /** Characters of text in non-furniture blocks of the subtree. */
  chars: number
  /** Of which inside links. */
  linkChars: number
  /** Characters in furniture blocks of the subtree. */
  junkChars: number
  /** Characters in prose-like blocks (long enough, few links), furniture included. */
  proseChars: number
  /** Content score (set by the scorer). */
  score: number
  /** Child boxes. */
  children: number
  /** Blocks `[firstBlock, endBlock)` are inside this box. */
  firstBlock: number
  endBlock: number
  /** Blocks owned directly (text not inside a child box). */
  ownBlocks: number
}

/** A run of text between block boundaries. */
export interface Block {
  index: number
  text: string
  linkChars: number
  kind: BlockKind
  /** Heading level 1–6 (0 when not a heading). */
  level: number
  box: Box
  /** Innermost furniture ancestor, or `null`. */
  junkBox: Box | null
  /** Inside a small element whose class marks a caption or credit. */
  captionLike: boolean
  /** Inside a small element whose class marks a byline or author box. */
  bylineLike: boolean
  /** Text is a whole link (a teaser or a navigation item). */
  allLink: boolean
}

/** A `<meta>` element's useful attributes. */
export interface MetaTag {
  key: string
  content: string
}

/** An element the metadata stages look at, with the block index where it starts. */
export interface Marked {
  el: Element
  at: number
  junk: boolean
}

/** What the walk collects. */
export interface Page {
  blocks: Block[]
  boxes: Box[]
  body: Box
  title: string | null
  htmlLang: string | null
  metas: MetaTag[]
  links: { rel: string; href: string }[]
  jsonLd: string[]
  times: Marked[]
  itemprops: Marked[]
  bylines: Marked[]
  /** Characters inside `<script>` elements (for the script-only verdict). */
  scriptChars: number
  /** Number of `<script>` elements (for the script-only verdict). */
  scripts: number
  /** `<h1>`…`<h6>` and `<article>` counts, for the not-an-article verdict. */
  articleTags: number
  elements: number
}

/** Elements that end a run of text. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'option',
  'iframe',
])

/** Elements whose content is never text of the page. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'input',
  'head',
])

/** Block elements that end a heading's reach when nested inside it. */
const HEADING_BREAKERS = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'dl',
  'blockquote',
  'table',
  'pre',
  'section',
  'article',
  'figure',
  'form',
])

/** The thresholds the walk needs (see `ExtractHtmlOptions`). */
export interface WalkLimits {
  maxHeadingChars: number
  maxCaptionBoxChars: number
  maxBylineBoxChars: number
}

/** A frame of the explicit walk stack. */
interface Frame {
  el: Element | Document
  next: AnyNode | null
  box: Box | null
  /** What to undo on exit. */
  flags: number
  heading: number
}

const F_LINK = 1
const F_LI = 2
const F_QUOTE = 4
const F_PRE = 8
const F_CAPTION = 16
const F_CELL = 32
const F_JUNK = 64
const F_CAPTION_CLASS = 128
const F_BYLINE_CLASS = 256

/** Walk `document` once. */
export function walk(document: Document, limits: WalkLimits): Page {
  const blocks: Block[] = []
  const boxes: Box[] = []
  const metas: MetaTag[] = []
  const links: { rel: string; href: string }[] = []
  const jsonLd: string[] = []
  const times: Marked[] = []
  const itemprops: Marked[] = []
  const bylines: Marked[] = []
  let title: string | null = null
  let htmlLang: string | null = null
  let scriptChars = 0
  let scripts = 0
  let articleTags = 0
  let elements = 0

  const root: Box = newBox(document as unknown as Element, 'body', null, 0)
  boxes.push(root)

  // Context counters: how many open ancestors are links, list items, ….
  let link = 0
  let li = 0
  let quote = 0
  let pre = 0
  let caption = 0
  let cell = 0
  // Caption- and byline-hinted elements open on the stack, and the text seen so far.
  const hinted: { start: number; seen: number; caption: boolean }[] = []
  let seen = 0
  let runCaption = false
  let runByline = false
  let heading = 0
  const junkStack: Box[] = []

  // The run of text being collected.
  let pieces: string[] = []
  let pieceLink = 0
  let currentBox: Box = root

  const flush = (): void => {
    if (pieces.length === 0) return
    let raw = pieces.length === 1 ? pieces[0]! : pieces.join('')
    if (raw.indexOf(EDGE) !== -1) raw = closeEdges(raw)
    pieces = []
    const linkChars = pieceLink
    pieceLink = 0
    const texts = splitLines(raw, pre > 0)
    const runCaption_ = runCaption
    const runByline_ = runByline
    runCaption = false
    runByline = false
    for (const text of texts) {
      // A "heading" of paragraph length is broken markup (an unclosed <h1>), not a heading.
      const heading_ = text.length > limits.maxHeadingChars ? 0 : heading
      const kind: BlockKind =
        caption > 0
          ? 'caption'
          : heading_ > 0
            ? 'heading'
            : pre > 0
              ? 'pre'
              : quote > 0
                ? 'blockquote'
                : li > 0
                  ? 'list-item'
                  : cell > 0
                    ? 'cell'
                    : 'paragraph'
      // Link characters are spread over the lines of a split run by length.
      const share =
        texts.length === 1 ? linkChars : Math.round((linkChars * text.length) / Math.max(1, raw.length))
      const own = Math.min(share, text.length)
      blocks.push({
        index: blocks.length,
        text,
        linkChars: own,
        kind,
        level: heading_,
        box: currentBox,
        junkBox: junkStack.length > 0 ? junkStack[junkStack.length - 1]! : null,
        captionLike: runCaption_,
        bylineLike: runByline_,
        allLink: own >= text.length * 0.9,
      })
      currentBox.ownBlocks++
    }
  }

  const stack: Frame[] = [
    { el: document, next: document.children[0] ?? null, box: root, flags: 0, heading: 0 },
  ]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const node = frame.next
    if (node === null) {
      stack.pop()
      exit(frame)
      continue
    }
    frame.next = node.next
    if (node.type === 'text') {
      const data = (node as { data: string }).data
      if (data.length > 0) {
        seen += data.length
        pieces.push(data)
        if (link > 0) pieceLink += visibleLength(data)
      }
      continue
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue
    const el = node as Element
    elements++
    const tag = el.name
    const attribs = el.attribs
    if (SKIP_TAGS.has(tag)) {
      collectSkipped(el, tag)
      continue
    }
    if (tag === 'br') {
      pieces.push(BR)
      continue
    }
    if (tag === 'meta') {
      const key = attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv']
      const content = attribs.content
      if (key !== undefined && content !== undefined) metas.push({ key: key.toLowerCase(), content })
      if (attribs.itemprop !== undefined && content !== undefined) {
        itemprops.push({ el, at: blocks.length, junk: junkStack.length > 0 })
      }
      continue
    }
    if (tag === 'link') {
      if (attribs.rel !== undefined && attribs.href !== undefined)
        links.push({ rel: attribs.rel.toLowerCase(), href: attribs.href })
      continue
    }
    if (tag === 'title') {
      if (title === null) title = textOf(el)
      continue
    }
    if (tag === 'img' || tag === 'hr' || tag === 'input' || tag === 'wbr') {
      if (tag === 'hr') flush()
      continue
    }
    if (tag === 'html' && attribs.lang !== undefined && htmlLang === null) htmlLang = attribs.lang
    if (tag === 'time') times.push({ el, at: blocks.length, junk: junkStack.length > 0 })
    if (attribs.itemprop !== undefined) itemprops.push({ el, at: blocks.length, junk: junkStack.length > 0 })
    if (tag === 'article') articleTags++

    // Furniture and hints.
    const className = attribs.class ?? ''
    const id = attribs.id ?? ''
    const hint = attributeHint(className, id)
    let junk = tagJunk(tag, attribs.role)
    let hard = false
    if (junk === null && hint.junk !== null && tag !== 'body' && tag !== 'html' && tag !== 'a') {
      junk = hint.junk
      hard = hint.hard
    }
    if (junk === null && isHidden(attribs)) {
      junk = 'hidden'
    }
    if (tag === 'noscript') junk = 'noscript'
    if (hint.byline || attribs.rel === 'author')
      bylines.push({ el, at: blocks.length, junk: junkStack.length > 0 })

    let flags = 0
    let box: Box | null = null
    if (BLOCK_TAGS.has(tag) || junk !== null) {
      flush()
      box = newBox(el, tag, currentBox, currentBox.depth + 1)
      // schema.org microdata naming the article's text is as strong as a class can be.
      box.weight =
        hint.weight + (attribs.itemprop !== undefined && /articleBody|text/.test(attribs.itemprop) ? 50 : 0)
      box.junk = junk
      box.hard = hard
      box.firstBlock = blocks.length
      currentBox.children++
      boxes.push(box)
      currentBox = box
      if (junk !== null) {
        junkStack.push(box)
        flags |= F_JUNK
      }
    }
    if (tag === 'a') {
      link++
      flags |= F_LINK
      if (pieces.length > 0) pieces.push(EDGE)
    } else if (tag === 'li' || tag === 'dd' || tag === 'dt') {
      li++
      flags |= F_LI
    } else if (tag === 'blockquote' || tag === 'q') {
      if (tag === 'blockquote') {
        quote++
        flags |= F_QUOTE
      }
    } else if (tag === 'pre') {
      pre++
      flags |= F_PRE
    } else if (tag === 'figcaption' || tag === 'caption') {
      caption++
      flags |= F_CAPTION
    } else if (tag === 'td' || tag === 'th') {
      cell++
      flags |= F_CELL
    }
    if (hint.caption || hint.byline) {
      hinted.push({ start: blocks.length, seen, caption: hint.caption })
      flags |= hint.caption ? F_CAPTION_CLASS : F_BYLINE_CLASS
    }
    const level = headingLevel(tag)
    const previousHeading = heading
    if (level > 0) heading = level
    // A paragraph or list inside a heading (an unclosed <h1>) is not part of the heading.
    else if (heading > 0 && HEADING_BREAKERS.has(tag)) heading = 0

    const first = el.children[0] ?? null
    const child: Frame = { el, next: first, box, flags, heading: previousHeading }
    if (first === null) exit(child)
    else stack.push(child)
  }
  flush()
  root.endBlock = blocks.length

  function exit(frame: Frame): void {
    const flags = frame.flags
    const box = frame.box
    if (box !== null) flush()
    if (flags & F_LINK) {
      link--
      if (pieces.length > 0) pieces.push(EDGE)
    }
    if (flags & F_LI) li--
    if (flags & F_QUOTE) quote--
    if (flags & F_PRE) pre--
    if (flags & F_CAPTION) caption--
    if (flags & F_CELL) cell--
    if (flags & (F_CAPTION_CLASS | F_BYLINE_CLASS)) {
      // A caption or byline box is small; a big element with such a class
      // (`<article class="author-jane">`) is a wrapper, and says nothing.
      const entry = hinted.pop()!
      const size = seen - entry.seen
      if (size <= (entry.caption ? limits.maxCaptionBoxChars : limits.maxBylineBoxChars)) {
        for (let index = entry.start; index < blocks.length; index++) {
          if (entry.caption) blocks[index]!.captionLike = true
          else blocks[index]!.bylineLike = true
        }
        if (pieces.length > 0) {
          if (entry.caption) runCaption = true
          else runByline = true
        }
      }
    }
    if (heading !== frame.heading) {
      if (box === null) flush()
      heading = frame.heading
    }
    if (box !== null) {
      if (flags & F_JUNK) junkStack.pop()
      box.endBlock = blocks.length
      currentBox = box.parent ?? root
    }
  }

  function collectSkipped(el: Element, tag: string): void {
    if (tag === 'script') {
      const text = textOf(el)
      scriptChars += text.length
      scripts++
      const type = el.attribs.type
      if (type !== undefined && type.toLowerCase() === 'application/ld+json') jsonLd.push(text)
    } else if (tag === 'head') {
      // The head holds only metadata: walk it without a text run.
      const stack: AnyNode[] = [...el.children].reverse()
      while (stack.length > 0) {
        const node = stack.pop()!
        if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue
        const child = node as Element
        const name = child.name
        const attribs = child.attribs
        if (name === 'meta') {
          const key = attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv']
          if (key !== undefined && attribs.content !== undefined)
            metas.push({ key: key.toLowerCase(), content: attribs.content })
        } else if (name === 'link') {
          if (attribs.rel !== undefined && attribs.href !== undefined)
            links.push({ rel: attribs.rel.toLowerCase(), href: attribs.href })
        } else if (name === 'title') {
          if (title === null) title = textOf(child)
        } else if (name === 'script') {
          collectSkipped(child, 'script')
        } else {
          for (let index = child.children.length - 1; index >= 0; index--) stack.push(child.children[index]!)
        }
      }
    }
  }

  return {
    blocks,
    boxes,
    body: root,
    title,
    htmlLang,
    metas,
    links,
    jsonLd,
    times,
    itemprops,
    bylines,
    scriptChars,
    scripts,
    articleTags,
    elements,
  }
}

function newBox(el: Element, tag: string, parent: Box | null, depth: number): Box {
  return {
    el,
    tag,
    parent,
    depth,
    weight: 0,
    junk: null,
    hard: false,
    chars: 0,
    linkChars: 0,
    junkChars: 0,
    proseChars: 0,
    score: 0,
    children: 0,
    firstBlock: 0,
    endBlock: 0,
    ownBlocks: 0,
  }
}

function headingLevel(tag: string): number {
  if (tag.length === 2 && tag.charCodeAt(0) === 104 /* h */) {
    const digit = tag.charCodeAt(1) - 48
    if (digit >= 1 && digit <= 6) return digit
  }
  return 0
}

/** Inline styles and attributes that hide an element from every reader. */
function isHidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined) return true
  const style = attribs.style
  if (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true
  return false
}

/** Length of `data` with runs of whitespace counted once and ends trimmed. */
export function visibleLength(data: string): number {
  let length = 0
  let space = true
  for (let index = 0; index < data.length; index++) {
    const code = data.charCodeAt(index)
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160) {
      if (!space) {
        length++
        space = true
      }
    } else {
      length++
      space = false
    }
  }
  return space && length > 0 ? length - 1 : length
}

/** Marks where a link starts or ends inside a run of text. */
const EDGE = '\uE001'

/**
 * Remove link edges, leaving a space where a link joins Latin letters or
 * digits to Chinese or Japanese script ("アプリ<a>Kindle</a>に" reads as
 * "アプリ Kindle に", as people and annotators write it).
 */
function closeEdges(raw: string): string {
  return raw
    .replace(
      /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\uE001+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])\uE001+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu,
      ' ',
    )
    .replaceAll(EDGE, '')
}

/** Stands for a `<br>` in a run of text (a private-use character, never in real text). */
const BR = '\uE000'

/**
 * Normalise a run of text: collapse whitespace (keeping line breaks inside
 * `<pre>`), split into paragraphs where two `<br>`s in a row separate them,
 * and keep a single `<br>` as a line break.
 */
function splitLines(raw: string, preformatted: boolean): string[] {
  if (preformatted) {
    const text = raw
      .replaceAll(BR, '\n')
      .replace(/[ \t\f\r\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim()
    return text === '' ? [] : [text]
  }
  if (raw.indexOf(BR) === -1) {
    const text = raw.replace(/[\s\u00a0]+/g, ' ').trim()
    return text === '' ? [] : [text]
  }
  const out: string[] = []
  for (const part of raw.split(/\uE000(?:[\s\u00a0]*\uE000)+/)) {
    const text = part
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/ ?\uE000 ?/g, '\n')
      .replace(/^\n+|\n+$/g, '')
      .trim()
    if (text !== '') out.push(text)
  }
  return out
}

/** Text of a small element (title, time, script), iteratively. */
export function textOf(el: Element): string {
  let out = ''
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') out += (node as { data: string }).data
    else if ('children' in node) {
      const children = (node as Element).children
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    }
  }
  return out
}
