/**
 * The page-level verdict: is this an article at all? Home pages, section
 * and tag indexes, search results and pages that are only a script shell are
 * reported as such instead of being "extracted" into a heap of teasers.
 */
import type { Metadata } from './metadata.js'
import type { ResolvedOptions } from './options.js'
import type { Page } from './walk.js'

/** Facts about the extraction the verdict needs. */
export interface ArticleEvidence {
  /** Characters of kept prose (paragraph-like blocks of `proseChars` or more). */
  proseChars: number
  /** Characters of kept text. */
  keptChars: number
  /** Number of kept blocks. */
  keptBlocks: number
}

/** Paths of listing pages, in several languages. */
const LISTING_PATH =
  /\/(?:tags?|topics?|categor(?:y|ies)|section|sections|archives?|search|author|authors|page\/\d+|label|labels|kategori|categoria|categorie|rubrik|thema|themen|tema|temas|etiqueta|tagged)(?:\/|$)/i

/** Why `page` is not an article, or `null` when it is one. */
export function notArticleReason(
  page: Page,
  metadata: Metadata,
  evidence: ArticleEvidence,
  options: ResolvedOptions,
): string | null {
  let pageChars = 0
  let linkChars = 0
  let linkBlocks = 0
  for (const block of page.blocks) {
    pageChars += block.text.length
    linkChars += block.linkChars
    if (block.allLink) linkBlocks++
  }
  if (pageChars < 140 && evidence.keptChars < 140) {
    if (page.scripts > 0) return 'script-only page: no text without JavaScript'
    return 'empty page: no text'
  }
  // Strong article markup and real prose: an article, whatever else the page holds.
  const articleMarkup = metadata.ldArticle || metadata.ogType === 'article' || metadata.articleBody !== null
  if (articleMarkup && evidence.proseChars >= options.charThreshold) return null

  const path = pathOf(options.url ?? metadata.canonicalUrl)
  const weak = evidence.proseChars < options.charThreshold
  if (
    weak &&
    path !== null &&
    (path === '/' || path === '' || /^\/(?:index\.\w+|home|[a-z]{2}(?:-[a-z]{2})?)\/?$/i.test(path))
  ) {
    return 'home page: the site root, with no article text'
  }
  if (weak && metadata.ldListing && !metadata.ldArticle)
    return 'index page: marked up as a collection or list'
  if (weak && path !== null && LISTING_PATH.test(path))
    return 'index page: a tag, category, archive or search address'
  // Mostly links and little prose: a page of teasers (an article page with a
  // paywall stub is also short, but says it is an article).
  if (articleMarkup) return null
  if (weak && linkBlocks >= 20 && linkChars > pageChars * 0.4) return 'index page: mostly links, little prose'
  if (
    evidence.proseChars < options.charThreshold / 5 &&
    evidence.keptChars < options.charThreshold &&
    linkBlocks >= 10
  ) {
    return 'index page: no article text among the links'
  }
  return null
}

function pathOf(url: string | null): string | null {
  if (url === null) return null
  try {
    return new URL(url).pathname
  } catch {
    return null
  }
}
