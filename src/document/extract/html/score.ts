/**
 * Find the article's container, Readability style, on the boxes of the walk:
 * prose blocks give points to their ancestors (full to the parent, half to
 * the grandparent, less further up), each candidate's score is scaled by its
 * link density, the best one is widened to a common ancestor when rivals sit
 * beside it, and its siblings that look like more of the same join it.
 */
import { linkDensity } from './link-density.js'
import type { ResolvedOptions } from './options.js'
import type { Block, Box, Page } from './walk.js'

/** The chosen container. */
export interface Selection {
  /** `inArticle[i]`: block `i` lies in the container or a sibling joined to it. */
  inArticle: Uint8Array
  top: Box | null
  /** Junk ancestor of every block, after lifting soft verdicts (index: block). */
  junkOf: (Box | null)[]
}

/** Tags whose text is a paragraph of its own, so it scores its parent. */
const PARAGRAPH_TAGS = new Set([
  'p',
  'pre',
  'li',
  'dd',
  'dt',
  'blockquote',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])

/** Readability's starting score by tag. */
function tagScore(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      return 5
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5
    default:
      return 0
  }
}

const COMMAS = /[,،、，﹐︐﹑]/g

/** Whether a block reads like prose: long enough and mostly not links. */
export function isProse(
  block: Block,
  options: Pick<ResolvedOptions, 'proseChars' | 'proseMaxLinkDensity'>,
): boolean {
  if (block.kind === 'heading' || block.kind === 'caption') return false
  const length = block.text.length
  return length >= options.proseChars && block.linkChars < length * options.proseMaxLinkDensity
}

/** Score boxes and choose the container. */
export function select(page: Page, options: ResolvedOptions, bonus: Float64Array | null): Selection {
  const { blocks, boxes } = page

  // Prose per box, furniture included, to lift soft verdicts on page wrappers.
  for (const block of blocks) {
    if (isProse(block, options)) block.box.proseChars += block.text.length
  }
  for (let index = boxes.length - 1; index > 0; index--) {
    const box = boxes[index]!
    if (box.parent !== null) box.parent.proseChars += box.proseChars
  }
  const totalProse = page.body.proseChars
  for (const box of boxes) {
    if (box.junk === null) continue
    const share = box.hard ? options.liftHardJunkShare : options.liftJunkShare
    if (box.proseChars > totalProse * share) box.junk = null
  }

  // Effective furniture ancestor per box (boxes are in document pre-order).
  const junkOfBox = new Map<Box, Box | null>()
  for (const box of boxes) {
    const inherited = box.parent === null ? null : (junkOfBox.get(box.parent) ?? null)
    junkOfBox.set(box, box.junk !== null ? (inherited ?? box) : inherited)
  }
  const junkOf: (Box | null)[] = blocks.map((block) => junkOfBox.get(block.box) ?? null)

  // Text sums over non-furniture blocks.
  for (const block of blocks) {
    const length = block.text.length
    if (junkOf[block.index] !== null) block.box.junkChars += length
    else {
      block.box.chars += length
      block.box.linkChars += block.linkChars
    }
  }
  for (let index = boxes.length - 1; index > 0; index--) {
    const box = boxes[index]!
    const parent = box.parent
    if (parent === null) continue
    parent.chars += box.chars
    parent.linkChars += box.linkChars
    parent.junkChars += box.junkChars
  }

  // Content score: each prose block scores up to five ancestors.
  const touched = new Set<Box>()
  for (const block of blocks) {
    if (junkOf[block.index] !== null) continue
    if (block.kind === 'heading' || block.kind === 'caption') continue
    const length = block.text.length
    if (length < options.minParagraphChars) continue
    let points = 1 + countCommas(block.text) + Math.min(Math.floor(length / 100), 3)
    if (bonus !== null) points += bonus[block.index]!
    const owner = block.box
    let box: Box | null = PARAGRAPH_TAGS.has(owner.tag) || owner.ownBlocks === 1 ? owner.parent : owner
    let level = 0
    while (box !== null && level < 5) {
      if (!touched.has(box)) {
        touched.add(box)
        box.score += tagScore(box.tag) + box.weight
      }
      box.score += level === 0 ? points : level === 1 ? points / 2 : points / (level * 3)
      box = box.parent
      level++
    }
  }
  const final = new Map<Box, number>()
  for (const box of touched) final.set(box, box.score * (1 - linkDensity(box.linkChars, box.chars)))

  const inArticle = new Uint8Array(blocks.length)
  let top: Box | null = null
  let topScore = -Infinity
  for (const [box, value] of final) {
    if (value > topScore) {
      top = box
      topScore = value
    }
  }
  if (top === null) {
    // Nothing scored (text with no structure at all): the page's own text is all there is.
    for (const block of blocks) if (junkOf[block.index] === null) inArticle[block.index] = 1
    return { inArticle, top: null, junkOf }
  }

  top = widen(top, final, options)

  // Siblings that look like more of the same join the container.
  const parent = top.parent
  if (parent === null) {
    inArticle.fill(1, top.firstBlock, top.endBlock)
    return { inArticle, top, junkOf }
  }
  const topFinal = final.get(top) ?? 0
  const threshold = Math.max(options.siblingMinScore, topFinal * options.siblingScoreRatio)
  const topClass = top.el.attribs.class ?? ''
  const siblings = boxes.filter((box) => box.parent === parent)
  for (const sibling of siblings) {
    if (sibling === top) {
      inArticle.fill(1, sibling.firstBlock, sibling.endBlock)
      continue
    }
    let append = false
    const siblingClass = sibling.el.attribs.class ?? ''
    const bonusScore = topClass !== '' && siblingClass === topClass ? topFinal * 0.2 : 0
    const value = final.get(sibling)
    if (value !== undefined && value + bonusScore >= threshold) append = true
    else if (sibling.tag === 'p' && sibling.junk === null) {
      const density = linkDensity(sibling.linkChars, sibling.chars)
      const text = blocks
        .slice(sibling.firstBlock, sibling.endBlock)
        .map((block) => block.text)
        .join(' ')
      if (sibling.chars > 80 && density < 0.25) append = true
      else if (sibling.chars > 0 && sibling.chars < 80 && density === 0 && /\.( |$)/.test(text)) append = true
    }
    if (append) inArticle.fill(1, sibling.firstBlock, sibling.endBlock)
  }
  // Text directly inside the parent, between the siblings, joins when it reads like prose.
  for (let index = parent.firstBlock; index < parent.endBlock; index++) {
    const block = blocks[index]!
    if (block.box === parent && isProse(block, options)) inArticle[index] = 1
  }
  return { inArticle, top, junkOf }
}

/**
 * Readability's widening: move to a common ancestor when several near-best
 * candidates share it, then up while the parent scores better, then past
 * wrappers with a single child.
 */
function widen(top: Box, final: Map<Box, number>, options: ResolvedOptions): Box {
  const topScore = final.get(top) ?? 0
  const ranked = [...final.entries()].sort((a, b) => b[1] - a[1]).slice(1, options.topCandidates)
  const rivals = ranked.filter(([, value]) => value / topScore >= options.rivalScoreRatio).map(([box]) => box)
  if (rivals.length >= 3) {
    let parent = top.parent
    while (parent !== null && parent.parent !== null) {
      let containing = 0
      for (const rival of rivals) if (contains(parent, rival)) containing++
      if (containing >= 3) {
        top = parent
        break
      }
      parent = parent.parent
    }
  }
  let lastScore = final.get(top) ?? topScore
  const scoreThreshold = lastScore / 3
  let parent = top.parent
  while (parent !== null && parent.parent !== null) {
    const value = final.get(parent)
    if (value === undefined) {
      parent = parent.parent
      continue
    }
    if (value < scoreThreshold) break
    if (value > lastScore) {
      top = parent
      break
    }
    lastScore = value
    parent = parent.parent
  }
  while (
    top.parent !== null &&
    top.parent.parent !== null &&
    top.parent.children === 1 &&
    top.parent.ownBlocks === 0
  ) {
    top = top.parent
  }
  return top
}

function contains(ancestor: Box, box: Box): boolean {
  return (
    box.firstBlock >= ancestor.firstBlock && box.endBlock <= ancestor.endBlock && box.depth > ancestor.depth
  )
}

function countCommas(text: string): number {
  COMMAS.lastIndex = 0
  let count = 0
  while (COMMAS.exec(text) !== null) count++
  return count
}
