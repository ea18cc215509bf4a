/**
 * Captions: which picture captions belong to the article, and the photo
 * credit at the end of each.
 *
 * The lead image of a news page usually sits between the headline and the
 * body, or in the `<header>` of the `<article>`, so the container search
 * (which looks for prose) leaves it out. Its caption states facts the text
 * takes for granted (who is in the picture, with their title; where and
 * when it was taken), so it is looked for in the article's header area:
 * inside the same `<article>` as the container and before it, or, failing
 * that, after the headline and before the container. Captions of teaser
 * thumbnails are told apart by what teasers are made of: furniture
 * ancestors (`aside`, `related`), links, and lists.
 *
 * Credits ("Photo: Jane Doe | The Herald", "(AFP/Getty Images)",
 * "REUTERS/Name") name the photographer, not a fact of the story: they are
 * split off into `removed`.
 */

import type { AnyNode, Element } from 'domhandler'
import { endsWithAgency, PICTURE_CREDIT_BY_LABELS, PICTURE_CREDIT_LABELS } from './boilerplate-words.js'
import { classWords } from './hints.js'
import type { ResolvedOptions } from './options.js'
import type { Selection } from './score.js'
import { type Block, type Box, type Page, textOf } from './walk.js'

/** schema.org types whose microdata element wraps one article, like `<article>`. */
const ARTICLE_ITEMTYPES = /schema\.org\/(?:Article|NewsArticle|ReportageNewsArticle|BlogPosting|Report)\b/i

/** Class words of an element inside a caption that holds its credit. */
const CREDIT_CLASS_WORDS = new Set([
  'credit',
  'credits',
  'photo-credit',
  'photocredit',
  'image-credit',
  'imagecredit',
  'copyright',
  'photographer',
  'attribution',
  'source',
])

/** Class words that mark the element as the caption itself (so a `caption-credit` wrapper is not a credit). */
const CAPTION_CLASS_WORDS = new Set(['caption', 'captions', 'figcaption', 'caption-text', 'captiontext'])

/**
 * Lowercase words a credit may contain besides capitalised names ("Jane Doe
 * for The Herald", "AFP via Getty Images", "Photo: supplied"); any other
 * lowercase word makes the text a description, not a credit.
 */
const CREDIT_LOWERCASE_WORDS = new Set([
  'via',
  'for',
  'of',
  'and',
  'by',
  'the',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'el',
  'bin',
  'al',
  'photo',
  'images',
  'supplied',
  'file',
  'handout',
  'archive',
  'courtesy',
  'screenshot',
  'screengrab',
  'staff',
  'pool',
])

/** What the header area of the article is bounded by. */
type Scope = { box: Box; kind: 'article' | 'main' }

/**
 * Captions of the article's lead image(s) that lie outside the container:
 * in the header area (see the module comment), not in furniture, not
 * mostly links, not in a list, at most `maxLeadCaptions` caption elements.
 *
 * @param isHeadline Whether a block outside the container is the headline.
 */
export function leadCaptionBlocks(
  page: Page,
  selection: Selection,
  isHeadline: (block: Block) => boolean,
  options: Pick<ResolvedOptions, 'leadCaptionReach' | 'maxLeadCaptions' | 'maxLinkDensity'>,
): Block[] {
  const top = selection.top
  if (top === null) return []
  const end = top.firstBlock
  const floor = Math.max(0, end - options.leadCaptionReach)
  const scope = articleScope(top)
  let start: number
  if (scope?.kind === 'article') start = scope.box.firstBlock
  else {
    // A `<main>` may hold more than the story (a strip of teasers above it): start after the headline.
    const low = Math.max(floor, scope === null ? 0 : scope.box.firstBlock)
    let headline = -1
    for (let index = end - 1; index >= low; index--) {
      if (isHeadline(page.blocks[index]!)) {
        headline = index
        break
      }
    }
    if (headline === -1 && scope === null) return []
    start = headline === -1 ? low : headline + 1
  }
  start = Math.max(start, floor)

  const out: Block[] = []
  const elements = new Set<Box>()
  for (let index = start; index < end; index++) {
    const block = page.blocks[index]!
    if (selection.inArticle[index] === 1 || selection.junkOf[index] != null) continue
    if (block.kind !== 'caption' && !block.captionLike) continue
    // A linked caption or picture is a teaser; a captioned picture in a list is a strip of teasers or a gallery widget.
    if (block.linkChars > block.text.length * options.maxLinkDensity || isTeaserCard(block)) continue
    if (inList(block.box, scope?.box ?? top.parent)) continue
    if (!elements.has(block.box)) {
      if (elements.size >= options.maxLeadCaptions) break
      elements.add(block.box)
    }
    out.push(block)
  }
  return out
}

/** The nearest `<article>` (or schema.org article element), else `<main>`, above the container. */
function articleScope(top: Box): Scope | null {
  let main: Box | null = null
  for (let box = top.parent; box !== null && box.parent !== null; box = box.parent) {
    const attribs = box.el.attribs
    if (box.tag === 'article' || ARTICLE_ITEMTYPES.test(attribs.itemtype ?? ''))
      return { box, kind: 'article' }
    if (main === null && (box.tag === 'main' || attribs.role === 'main')) main = box
  }
  return main === null ? null : { box: main, kind: 'main' }
}

/** Whether `box` lies in a list item below `limit`. */
function inList(box: Box, limit: Box | null): boolean {
  for (let current: Box | null = box; current !== null && current !== limit; current = current.parent) {
    if (current.tag === 'li') return true
  }
  return false
}

/** How far up the tree the picture of a caption, and a link around it, are looked for. */
const FIGURE_REACH = 4

/** Elements looked at inside one figure for a link (a figure is small; this bounds odd markup). */
const MAX_FIGURE_ELEMENTS = 200

/** A link to a picture file (a lightbox or full-size view), not to another page. */
const IMAGE_HREF = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#].*)?$/i

/**
 * Whether the caption's picture links to another page: the figure of a
 * teaser card ("Few growers insured against spring frost" over a linked
 * thumbnail). A lead image is not linked, or links to its own full-size file.
 */
export function isTeaserCard(block: Block): boolean {
  let figure: Element | null = null
  let node: Element | null = block.box.el
  for (let step = 0; node !== null && step <= FIGURE_REACH; step++) {
    if (node.name === 'figure') {
      figure = node
      break
    }
    node = parentElement(node)
  }
  if (figure === null) return false
  // The whole card inside a link.
  let up = parentElement(figure)
  for (let step = 0; up !== null && step < FIGURE_REACH; step++, up = parentElement(up)) {
    if (up.name === 'a' && isPageLink(up)) return true
  }
  // A link around the picture inside the figure.
  const stack: AnyNode[] = [...figure.children]
  let seen = 0
  while (stack.length > 0 && seen++ < MAX_FIGURE_ELEMENTS) {
    const current = stack.pop()!
    if (current.type !== 'tag') continue
    const el = current as Element
    if (el.name === 'a' && isPageLink(el) && containsPicture(el)) return true
    for (const child of el.children) stack.push(child)
  }
  return false
}

function parentElement(el: Element): Element | null {
  const parent = el.parent
  return parent !== null && parent.type === 'tag' ? (parent as Element) : null
}

function isPageLink(el: Element): boolean {
  const href = (el.attribs.href ?? '').trim()
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href) && !IMAGE_HREF.test(href)
}

function containsPicture(el: Element): boolean {
  const stack: AnyNode[] = [...el.children]
  let seen = 0
  while (stack.length > 0 && seen++ < MAX_FIGURE_ELEMENTS) {
    const current = stack.pop()!
    if (current.type !== 'tag') continue
    const child = current as Element
    if (child.name === 'img' || child.name === 'picture' || child.name === 'amp-img') return true
    for (const next of child.children) stack.push(next)
  }
  return false
}

/** A caption with its credit split off. */
export interface SplitCaption {
  /** The caption without the credit ('' when the block is only a credit). */
  caption: string
  /** The credit as printed, or `null`. */
  credit: string | null
}

/**
 * Split the photo credit off the end of a caption block: first an element
 * inside the caption whose class says credit, then the printed forms
 * ("Photo: …", "Photo by …", "(Name/Agency)", "REUTERS/Name", "© …").
 */
export function splitCredit(block: Block, maxCreditChars: number): SplitCaption {
  const text = block.text
  const marked = markedCredit(block)
  if (marked !== null) return marked
  return printedCredit(text, maxCreditChars) ?? { caption: text, credit: null }
}

/** Elements looked at inside one caption for a credit class (a caption is small; this bounds odd markup). */
const MAX_CAPTION_ELEMENTS = 200

/** A credit in its own element (`<span class="credit">`), when its text ends the block. */
function markedCredit(block: Block): SplitCaption | null {
  const stack: AnyNode[] = [block.box.el]
  let seen = 0
  while (stack.length > 0 && seen++ < MAX_CAPTION_ELEMENTS) {
    const node = stack.pop()!
    if (node.type !== 'tag') continue
    const el = node as Element
    const words = classWords(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`)
    if (
      words.some((word) => CREDIT_CLASS_WORDS.has(word)) &&
      !words.some((word) => CAPTION_CLASS_WORDS.has(word))
    ) {
      const credit = textOf(el)
        .replace(/[\s\u00a0]+/g, ' ')
        .trim()
      if (credit !== '' && block.text.endsWith(credit)) {
        return { caption: trimSeparators(block.text.slice(0, block.text.length - credit.length)), credit }
      }
    }
    const children = el.children
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  return null
}

const LABEL = `(?:${PICTURE_CREDIT_LABELS.join('|')})(?:\\s+credits?)?\\s*[:：]`
const BY_LABEL = `(?:${PICTURE_CREDIT_BY_LABELS.join('|')})\\s`
/** Where a labelled credit starts: "Photo:" or "Photo by", with what precedes it. */
const LABELLED = new RegExp(
  `(^|[.!?…]["”’»)]?\\s+|\\s*[|·•–—]\\s*|\\s*\\n\\s*|\\s+)(${LABEL}|${BY_LABEL})`,
  'giu',
)
/** A parenthesised group at the very end. */
const TRAILING_PARENS = /\s*\(([^()]{2,})\)\s*\.?$/u
/** Where an unlabelled tail may start: after a sentence, a separator or a line break. */
const TAIL_START = /(?:[.!?…]["”’»)]?\s+|\s+[|·•–—]\s+|\s*\n\s*)(?=\S)/gu

/** A credit printed at the end of the caption's text, or `null`. */
function printedCredit(text: string, maxChars: number): SplitCaption | null {
  // A caption element holding only the credit: "Getty Images", "Photo: Jane Doe".
  if (text.length <= maxChars && (isLabelledCredit(text) || isBareCredit(text)))
    return { caption: '', credit: text }
  // "(Nusantara Observer/Yusuf Lamba)", "(AFP/Getty Images)", "(Photo: Jane Doe)".
  const parens = TRAILING_PARENS.exec(text)
  if (parens !== null && parens[0].length <= maxChars + 3) {
    const inner = parens[1]!.trim()
    if (/^(?:©|\p{Lu}|\p{Lo})/u.test(inner) && (isLabelledCredit(inner) || isBareCredit(inner))) {
      const credit = parens[0].trim()
      return { caption: trimSeparators(text.slice(0, parens.index)), credit }
    }
  }
  // "Photo: Jane Doe | The Herald", "| Photo Credit: ISRO", "Photo by Jane Doe".
  LABELLED.lastIndex = 0
  for (let match = LABELLED.exec(text); match !== null; match = LABELLED.exec(text)) {
    const before = match[1]!
    const at = match.index + before.length
    const credit = text.slice(at).trim()
    if (credit.length > maxChars || !isCreditBody(credit.slice(match[2]!.length))) continue
    // After a bare space, only a capitalised label starts a credit ("… in 2025 Photo: …", not "the photo: …").
    if (before.trim() === '' && match.index > 0 && !/^\p{Lu}/u.test(match[2]!)) continue
    // The caption keeps its full stop; a separator before the credit goes.
    return { caption: trimSeparators(text.slice(0, at)), credit }
  }
  // "… on Monday. REUTERS/Benoit Tessier", "… in Paris. AFP via Getty Images", "… © Jane Doe".
  TAIL_START.lastIndex = 0
  for (let match = TAIL_START.exec(text); match !== null; match = TAIL_START.exec(text)) {
    const at = match.index + match[0].length
    const tail = text.slice(at).trim()
    if (tail.length > maxChars) continue
    if (isBareCredit(tail)) return { caption: trimSeparators(text.slice(0, at)), credit: tail }
  }
  return null
}

/** A label at the start of a text. */
const LABEL_ONLY = new RegExp(`^(?:${LABEL}|${BY_LABEL})`, 'iu')

/** A whole labelled credit: "Photo: Jane Doe", "Photo by Jane Doe". */
function isLabelledCredit(text: string): boolean {
  const label = LABEL_ONLY.exec(text)
  return label !== null && isCreditBody(text.slice(label[0].length))
}

/** What follows a credit label: names ("Jane Doe | The Herald"), not a description ("firefighters at the scene"). */
function isCreditBody(body: string): boolean {
  const trimmed = body.replace(/^[\s)]+|[\s).]+$/g, '')
  if (trimmed === '' || /[.!?]\s/.test(trimmed.replace(/\b\p{Lu}\.\s/gu, ''))) return false
  return namesOnly(trimmed)
}

/** Capitalised words, initials, digits, and the lowercase words of {@link CREDIT_LOWERCASE_WORDS}, up to 12 words. */
function namesOnly(text: string): boolean {
  const words = text.split(/[\s/,|&]+/).filter((word) => word !== '' && word !== '©' && word !== '-')
  if (words.length === 0 || words.length > 12) return false
  return words.every((word) => !/^\p{Ll}/u.test(word) || CREDIT_LOWERCASE_WORDS.has(word.toLowerCase()))
}

/**
 * An unlabelled credit: "REUTERS/Benoit Tessier", "Jane Doe/AFP via Getty
 * Images", "© Reuters", "AFP": capitalised names joined by a slash, ending
 * with an agency, or after "©", with no lowercase words but joiners.
 */
function isBareCredit(text: string): boolean {
  const trimmed = text.replace(/\.$/, '').trim()
  if (trimmed === '' || /[.!?]\s/.test(trimmed.replace(/\b\p{Lu}\.\s/gu, ''))) return false
  if (!/^(?:©|\p{Lu}|\p{Lo})/u.test(trimmed) || !namesOnly(trimmed)) return false
  return (
    trimmed.startsWith('©') ||
    /\p{Lu}[\p{L}.'’-]*\s*\/\s*[\p{Lu}\p{Lo}]/u.test(trimmed) ||
    endsWithAgency(trimmed)
  )
}

/** Drop separators and spaces left at the end of a caption once its credit is gone. */
function trimSeparators(text: string): string {
  return text.replace(/[\s|·•–—-]+$/u, '').trim()
}
