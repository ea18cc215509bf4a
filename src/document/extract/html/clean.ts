/**
 * Keep or drop each block of the container, with a reason for every drop:
 * furniture subtrees, the headline and what precedes it, bylines and
 * datelines, link-dense lines, boilerplate lines, and trailing teasers.
 * Captions are kept apart, with the lead image's caption from the header
 * above the container, and their photo credits split off.
 */
import type { Removed } from '../../../model/article.js'
import { judgeLine, opensFurnitureSection } from './boilerplate-words.js'
import { isByline, isDateline } from './byline.js'
import { isTeaserCard, leadCaptionBlocks, splitCredit } from './captions.js'
import type { ResolvedOptions } from './options.js'
import type { Selection } from './score.js'
import type { Block, BlockKind, Page } from './walk.js'

/** A block kept in the article. */
export interface Kept {
  kind: BlockKind
  level: number
  text: string
  block: Block
}

/** Result of {@link cleanBlocks}. */
export interface Cleaned {
  /** Text blocks kept, in reading order (captions are not among them). */
  kept: Kept[]
  /** Captions kept, credits split off, in reading order (kind `caption`). */
  captions: Kept[]
  removed: Removed[]
  /** The headline block, when the container holds one. */
  headline: Block | null
  /**
   * Lines that give the article's date: datelines and bylines dropped in the
   * container, and dateline-like lines just above it (the article header).
   */
  datelines: string[]
  /** The standfirst, taken out of the text. */
  standfirst: string | null
}

/** What to compare lines with. */
export interface CleanContext {
  /** Headline candidates (JSON-LD, OpenGraph, `<title>` and its parts). */
  titles: readonly string[]
  /** Known author names. */
  authors: readonly string[]
  /** The page's description (`og:description`, `<meta name="description">`), or `null`. */
  description: string | null
}

/** Walk the container's blocks in order and decide. */
export function cleanBlocks(
  page: Page,
  selection: Selection,
  context: CleanContext,
  options: ResolvedOptions,
): Cleaned {
  const captions: Kept[] = []
  const removed: Removed[] = []
  const drop = (block: Block, rule: string, reason: string, text = block.text): void => {
    if (removed.length < options.maxRemoved) removed.push({ text, reason, rule })
  }
  // What lies outside the container is recorded after what was dropped inside it, within the same cap.
  const outside: Removed[] = []
  const titles = context.titles.map(comparable).filter((title) => title.length > 0)

  // The lead image's caption, set in the header above the container.
  const leads = leadCaptionBlocks(
    page,
    selection,
    (block) =>
      block.kind === 'heading' &&
      block.text.length <= 300 &&
      (block.level === 1 || matchesTitle(comparable(block.text), titles)),
    options,
  )
  const leadAt = new Set(leads.map((block) => block.index))
  for (const block of leads) takeCaption(block, captions, drop, options)

  // The container's blocks, furniture subtrees dropped.
  const candidates: Block[] = []
  for (const block of page.blocks) {
    const junk = selection.junkOf[block.index]
    if (leadAt.has(block.index)) continue
    if (selection.inArticle[block.index] !== 1) {
      if (outside.length < options.maxRemoved) {
        outside.push(
          junk != null
            ? {
                text: block.text,
                reason: `outside the article, in <${junk.tag}> marked as ${junk.junk}`,
                rule: junk.junk ?? 'furniture',
              }
            : { text: block.text, reason: 'outside the article', rule: 'outside' },
        )
      }
      continue
    }
    if (junk != null) {
      drop(block, junk.junk ?? 'furniture', `inside <${junk.tag}> marked as ${junk.junk ?? 'furniture'}`)
      continue
    }
    candidates.push(block)
  }

  // The headline, and the kicker/breadcrumbs/date lines above it.
  // Only above the text: a title-like line after prose has started is a teaser or a repeat.
  let headlineAt = -1
  for (let index = 0; index < candidates.length; index++) {
    const block = candidates[index]!
    if (isProseBlock(block, options) && block.text.length > 300) break
    if (block.text.length <= 300 && matchesTitle(comparable(block.text), titles)) {
      headlineAt = index
      break
    }
  }
  // No title match: the page's own `<h1>` above the text is the headline (SEO titles differ).
  if (headlineAt === -1) {
    for (let index = 0; index < candidates.length; index++) {
      const block = candidates[index]!
      if (isProseBlock(block, options)) break
      if (block.kind === 'heading' && block.level === 1 && block.text.length <= 300) {
        headlineAt = index
        break
      }
    }
  }
  const firstProse = candidates.findIndex(
    (block, index) => index > headlineAt && isProseBlock(block, options),
  )
  let lastProse = -1
  for (let index = candidates.length - 1; index >= 0; index--) {
    if (isProseBlock(candidates[index]!, options)) {
      lastProse = index
      break
    }
  }

  let kept: Kept[] = []
  for (let index = 0; index < candidates.length; index++) {
    const block = candidates[index]!
    const text = block.text
    if (block.kind === 'caption' || block.captionLike) {
      takeCaption(block, captions, drop, options)
      continue
    }
    if (
      index === headlineAt ||
      (block.text.length <= 300 &&
        block.kind === 'heading' &&
        matchesTitle(
          comparable(text),
          titles,
          firstProse !== -1 && index > firstProse ? BODY_TITLE_SHARE : 0,
        ))
    ) {
      drop(block, 'headline', 'the headline')
      continue
    }
    const prose = isProseBlock(block, options)
    if (index < headlineAt && !prose) {
      drop(block, 'before-headline', 'above the headline (kicker, breadcrumbs, date)')
      continue
    }
    const verdict = judgeLine(text, options.boilerplateMaxChars)
    if (verdict !== null) {
      drop(block, verdict.rule, verdict.reason)
      continue
    }
    // Bylines and datelines sit between the headline and the text, at the end, or in author boxes.
    // Quoted material (an embedded post ends "— Name (@handle) May 4, 2019") is not the page's own dateline.
    const quoted = block.kind === 'blockquote'
    const edge = !quoted && (index < firstProse || firstProse === -1 || index > lastProse || block.bylineLike)
    if (edge && !prose && isDateline(text, context.authors, options.maxDatelineChars)) {
      drop(block, 'dateline', 'a dateline')
      continue
    }
    if ((edge || text.length < 100) && isByline(text, context.authors, options.maxBylineChars)) {
      drop(block, 'byline', 'a byline')
      continue
    }
    if (block.bylineLike && text.length < 100 && !prose) {
      drop(block, 'byline', 'inside an author box')
      continue
    }
    if (
      block.linkChars > text.length * options.maxLinkDensity &&
      text.length - block.linkChars < options.proseChars
    ) {
      drop(block, 'link-dense', 'mostly links')
      continue
    }
    kept.push({ kind: block.kind, level: block.level, text, block })
  }

  const standfirst = takeStandfirst(kept, context.description, options.maxStandfirstChars)
  if (standfirst !== null) {
    drop(
      standfirst.block,
      'standfirst',
      'the standfirst (the summary under the headline, as in the page description)',
    )
    kept.shift()
  }
  const cut = cutFurnitureSections(kept, drop, options)
  kept = cut.kept
  // Captions in a cut section ("Related stories" cards) go with it.
  const keptCaptions =
    cut.section === null
      ? captions
      : captions.filter((caption) => {
          if (caption.block.index < cut.section!.at) return true
          drop(caption.block, cut.section!.rule, `${cut.section!.reason} (section)`, caption.text)
          return false
        })
  kept = trimTail(kept, drop, options)
  kept = dropAuthorBio(kept, context.authors, drop, options.maxBioChars)
  const datelines = removed
    .filter(
      (entry) => entry.rule === 'dateline' || entry.rule === 'byline' || entry.rule === 'before-headline',
    )
    .map((entry) => entry.text)
  // The header above the container: the closest few non-furniture lines before it.
  const start = candidates[0]?.index ?? 0
  for (let index = start - 1, seen = 0; index >= 0 && seen < options.headerLines; index--) {
    const block = page.blocks[index]!
    if (selection.junkOf[index] != null) continue
    seen++
    if (isDateline(block.text, context.authors, options.maxDatelineChars)) datelines.push(block.text)
  }
  for (const entry of outside) {
    if (removed.length >= options.maxRemoved) break
    removed.push(entry)
  }
  return {
    kept,
    captions: keptCaptions,
    removed,
    headline: headlineAt >= 0 ? candidates[headlineAt]! : null,
    datelines,
    standfirst: standfirst?.text ?? null,
  }
}

/**
 * A heading such as "Related articles", "Comments" or "About the author"
 * opens a section that is not the article: drop it and what follows when no
 * real prose follows it.
 */
function cutFurnitureSections(
  kept: Kept[],
  drop: (block: Block, rule: string, reason: string) => void,
  options: ResolvedOptions,
): { kept: Kept[]; section: { at: number; rule: string; reason: string } | null } {
  // Prose characters from each position to the end, so each opener is judged in constant time.
  const proseAfter = new Float64Array(kept.length + 1)
  for (let index = kept.length - 1; index >= 0; index--) {
    const entry = kept[index]!
    proseAfter[index] = proseAfter[index + 1]! + (isProseBlock(entry.block, options) ? entry.text.length : 0)
  }
  const out: Kept[] = []
  for (let index = 0; index < kept.length; index++) {
    const entry = kept[index]!
    const verdict =
      entry.kind !== 'heading' && entry.text.length > 60 ? null : opensFurnitureSection(entry.text)
    if (verdict === null) {
      out.push(entry)
      continue
    }
    // Real article text after it (more than a teaser excerpt or two): only the line goes.
    if (proseAfter[index + 1]! > options.charThreshold) {
      drop(entry.block, verdict.rule, verdict.reason)
      continue
    }
    for (let next = index; next < kept.length; next++)
      drop(kept[next]!.block, verdict.rule, `${verdict.reason} (section)`)
    return { kept: out, section: { at: entry.block.index, ...verdict } }
  }
  return { kept: out, section: null }
}

/**
 * Keep a caption apart from the text, its photo credit split off into
 * `removed`; a linked caption is a teaser's title, and a player or gallery
 * control ("Enlarge this image") is furniture.
 */
function takeCaption(
  block: Block,
  captions: Kept[],
  drop: (block: Block, rule: string, reason: string, text?: string) => void,
  options: ResolvedOptions,
): void {
  if (block.linkChars > block.text.length * options.maxLinkDensity) {
    drop(block, 'link-dense', 'a linked caption (the title of a teaser)')
    return
  }
  if (isTeaserCard(block)) {
    drop(block, 'teaser', 'the caption of a picture that links to another page (a teaser card)')
    return
  }
  const verdict = judgeLine(block.text, options.boilerplateMaxChars)
  // Credits are judged by `splitCredit`: "Photo: firefighters at the scene" is a caption with a label.
  if (verdict !== null && verdict.rule !== 'credit') {
    drop(block, verdict.rule, verdict.reason)
    return
  }
  const { caption, credit } = splitCredit(block, options.maxCreditChars)
  if (credit !== null) {
    drop(
      block,
      'credit',
      caption === '' ? 'a photo credit' : 'a photo credit at the end of a caption',
      credit,
    )
  }
  if (caption !== '') captions.push({ kind: 'caption', level: 0, text: caption, block })
}

/**
 * Teasers trail articles: from the end, drop link-heavy lines and list items,
 * and headings left with nothing under them.
 */
function trimTail(
  kept: Kept[],
  drop: (block: Block, rule: string, reason: string) => void,
  options: ResolvedOptions,
): Kept[] {
  let end = kept.length
  while (end > 0) {
    const entry = kept[end - 1]!
    const block = entry.block
    const density = block.linkChars / Math.max(1, entry.text.length)
    if (entry.kind === 'heading') {
      drop(block, 'dangling-heading', 'a heading with no text under it')
    } else if (
      block.allLink ||
      (density > options.proseMaxLinkDensity &&
        entry.text.length < options.teaserMaxChars &&
        entry.kind !== 'blockquote')
    ) {
      drop(block, 'teaser', 'a trailing link or teaser')
    } else break
    end--
  }
  return end === kept.length ? kept : kept.slice(0, end)
}

/**
 * The standfirst: the first block, when it repeats the page description and
 * sits in its own element, apart from the paragraphs of the text (a first
 * paragraph that the description merely quotes stays: it has the same
 * parent as the paragraphs after it).
 */
function takeStandfirst(kept: readonly Kept[], description: string | null, maxChars: number): Kept | null {
  const first = kept[0]
  const next = kept[1]
  if (description === null || first === undefined || next === undefined) return null
  if (first.kind !== 'paragraph' || first.text.length > maxChars) return null
  if (first.block.box.parent === next.block.box.parent) return null
  return comparable(first.text) === comparable(description) ? first : null
}

/**
 * The author's bio often closes the text ("Jane Doe covers energy for …"):
 * one of the last two blocks, short, starting with an author's name.
 */
function dropAuthorBio(
  kept: Kept[],
  authors: readonly string[],
  drop: (block: Block, rule: string, reason: string) => void,
  maxChars: number,
): Kept[] {
  if (authors.length === 0 || kept.length < 3) return kept
  const starts: string[] = []
  for (const author of authors) {
    starts.push(author)
    const first = author.split(' ')[0]!
    if (first.length >= 3) starts.push(first)
  }
  for (let index = kept.length - 1; index >= Math.max(1, kept.length - 2); index--) {
    const entry = kept[index]!
    if (entry.kind !== 'paragraph' || entry.text.length > maxChars) continue
    const text = entry.text
    if (
      starts.some(
        (start) =>
          text.startsWith(`${start} `) &&
          /^\s*(?:is|was|has|covers|writes|reports|joined|lives|works|serves|\p{Ll}+s)\b/u.test(
            text.slice(start.length + 1),
          ),
      )
    ) {
      drop(entry.block, 'author-bio', "the author's bio")
      kept.splice(index, 1)
    }
  }
  return kept
}

/** A block of real prose: long enough, few links, not a heading or caption. */
function isProseBlock(block: Block, options: ResolvedOptions): boolean {
  if (block.kind === 'heading' || block.kind === 'caption') return false
  const length = block.text.length
  return length >= options.proseChars && block.linkChars < length * options.proseMaxLinkDensity
}

/**
 * The least share of a title's length a section heading in the body must
 * cover to be the headline repeated: "Operations postponed" under text is a
 * section heading, though the headline ends "…, operations postponed".
 */
const BODY_TITLE_SHARE = 0.5

/**
 * Whether a heading is the title: equal, or (20 characters at least) its
 * start or end, or the title with more after it, covering at least
 * `minShare` of the title's length.
 */
function matchesTitle(text: string, titles: readonly string[], minShare = 0): boolean {
  if (text.length < 8) return false
  for (const title of titles) {
    if (text === title) return true
    if (text.length < 20 || text.length < title.length * minShare) continue
    // `<title>` often carries the site name; a heading may drop a subtitle.
    if (title.startsWith(text) || title.endsWith(text) || text.startsWith(title)) return true
  }
  return false
}

/** Lowercase, letters and digits only: for equality checks that ignore punctuation. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
