/**
 * Every threshold of the extractor, named and documented in one place, with
 * its default. Defaults are resolved once per call.
 */

/** Options of {@link extractHtml}. Every heuristic threshold is here, with its default. */
export interface ExtractHtmlOptions {
  /** Address of the page: dates in the path, canonical URL fallback, site name fallback (optional). */
  url?: string
  /**
   * Reference instant: dates after it are rejected as "in the future"
   * (default: the current time when the options are resolved).
   */
  now?: Date | string | number
  /** Refuse pages larger than this many UTF-8 bytes with `E_INPUT` (default: `67108864`, 64 MiB). */
  maxBytes?: number
  /** Stop building the tree after this many elements, so memory stays bounded (default: `300000`). */
  maxElements?: number
  /**
   * Stop reading the page at this depth of open elements, so a pathologically
   * nested page costs bounded time (default: `2000`; real pages stay under a few hundred).
   */
  maxDepth?: number
  /** Minimum characters of body text for a page to count as an article (default: `500`, as Readability's `charThreshold`). */
  charThreshold?: number
  /** A block shorter than this gives its ancestors no content score (default: `25`). */
  minParagraphChars?: number
  /** A block at least this long, with few links, counts as prose (default: `80`). */
  proseChars?: number
  /** …and "few links" means under this share of its text (default: `0.3`). */
  proseMaxLinkDensity?: number
  /** A heading element with more text than this is broken markup, read as a paragraph (default: `250`). */
  maxHeadingChars?: number
  /** An element with a caption class and more text than this is a wrapper, not a caption (default: `1200`). */
  maxCaptionBoxChars?: number
  /** An element with a byline/author class and more text than this is a wrapper, not a byline (default: `600`). */
  maxBylineBoxChars?: number
  /** Candidates compared when widening the best one (default: `5`). */
  topCandidates?: number
  /** A rival candidate scores at least this share of the best one; three rivals under one ancestor widen to it (default: `0.75`). */
  rivalScoreRatio?: number
  /** A sibling joins the container when its score reaches this share of the best score (default: `0.2`). */
  siblingScoreRatio?: number
  /** …and at least this score (default: `10`). */
  siblingMinScore?: number
  /**
   * A soft furniture verdict (a class word like `sidebar` on a page wrapper) is
   * lifted when its subtree holds more than this share of the page's prose (default: `0.5`).
   */
  liftJunkShare?: number
  /**
   * …and a hard one (`ad`, `comments`, `cookie`: words that rarely sit on a
   * page wrapper, but do: `page-ad-margins`) when it holds more than this share (default: `0.8`).
   */
  liftHardJunkShare?: number
  /** A block with more than this share of link text is dropped as link-dense, unless it is long prose (default: `0.5`). */
  maxLinkDensity?: number
  /** A link-heavy line at the end of the text shorter than this is a teaser (default: `200`). */
  teaserMaxChars?: number
  /** Lines up to this many characters are checked against the boilerplate vocabulary (default: `160`). */
  boilerplateMaxChars?: number
  /** Lines of this length or shorter may be datelines ("Published 9:15 AM EST March 4, 2021") (default: `140`). */
  maxDatelineChars?: number
  /** Lines of this length or shorter may be bylines (default: `160`). */
  maxBylineChars?: number
  /** Non-furniture lines just above the container searched for a dateline (default: `12`). */
  headerLines?: number
  /**
   * Blocks before the container searched for the caption of the article's lead
   * image, which pages set between the headline and the body (default: `40`).
   */
  leadCaptionReach?: number
  /**
   * At most this many caption elements are taken from the header area (a lead
   * image or a short lead gallery); the first ones are kept (default: `3`).
   */
  maxLeadCaptions?: number
  /** A photo credit at the end of a caption is at most this long ("Photo: Jane Doe | The Herald") (default: `100`). */
  maxCreditChars?: number
  /** A standfirst (the description repeated under the headline) is at most this long (default: `400`). */
  maxStandfirstChars?: number
  /** A closing paragraph that starts with an author's name and is at most this long is their bio (default: `400`). */
  maxBioChars?: number
  /** At most this many entries in `removed` (default: `300`). */
  maxRemoved?: number
  /** Earliest accepted date, as a year (default: `1990`). */
  minYear?: number
  /**
   * JSON-LD `articleBody` is trusted to pick the container when it has at least
   * this many characters (default: `400`).
   */
  articleBodyMinChars?: number
  /** Content-score points a block earns when its text is found in the JSON-LD `articleBody` (default: `5`). */
  articleBodyBonus?: number
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  url: string | null
  now: Date
  maxBytes: number
  maxElements: number
  maxDepth: number
  charThreshold: number
  minParagraphChars: number
  proseChars: number
  proseMaxLinkDensity: number
  maxHeadingChars: number
  maxCaptionBoxChars: number
  maxBylineBoxChars: number
  rivalScoreRatio: number
  maxDatelineChars: number
  maxBylineChars: number
  headerLines: number
  leadCaptionReach: number
  maxLeadCaptions: number
  maxCreditChars: number
  maxStandfirstChars: number
  maxBioChars: number
  articleBodyBonus: number
  topCandidates: number
  siblingScoreRatio: number
  siblingMinScore: number
  liftJunkShare: number
  liftHardJunkShare: number
  maxLinkDensity: number
  teaserMaxChars: number
  boilerplateMaxChars: number
  maxRemoved: number
  minYear: number
  articleBodyMinChars: number
}

/** Fill in defaults; throws a `TypeError` naming the option on a bad value. */
export function resolveOptions(options: ExtractHtmlOptions | undefined): ResolvedOptions {
  const settings = options ?? {}
  const now = settings.now === undefined ? new Date() : new Date(settings.now)
  if (Number.isNaN(now.getTime()))
    throw new TypeError(`Expected a valid date for \`now\`, not \`${String(settings.now)}\``)
  return {
    url: settings.url ?? null,
    now,
    maxBytes: positive('maxBytes', settings.maxBytes, 64 * 1024 * 1024),
    maxElements: positive('maxElements', settings.maxElements, 300_000),
    maxDepth: positive('maxDepth', settings.maxDepth, 2000),
    charThreshold: positive('charThreshold', settings.charThreshold, 500),
    minParagraphChars: positive('minParagraphChars', settings.minParagraphChars, 25),
    proseChars: positive('proseChars', settings.proseChars, 80),
    proseMaxLinkDensity: positive('proseMaxLinkDensity', settings.proseMaxLinkDensity, 0.3),
    maxHeadingChars: positive('maxHeadingChars', settings.maxHeadingChars, 250),
    maxCaptionBoxChars: positive('maxCaptionBoxChars', settings.maxCaptionBoxChars, 1200),
    maxBylineBoxChars: positive('maxBylineBoxChars', settings.maxBylineBoxChars, 600),
    rivalScoreRatio: positive('rivalScoreRatio', settings.rivalScoreRatio, 0.75),
    maxDatelineChars: positive('maxDatelineChars', settings.maxDatelineChars, 140),
    maxBylineChars: positive('maxBylineChars', settings.maxBylineChars, 160),
    headerLines: positive('headerLines', settings.headerLines, 12),
    leadCaptionReach: positive('leadCaptionReach', settings.leadCaptionReach, 40),
    maxLeadCaptions: positive('maxLeadCaptions', settings.maxLeadCaptions, 3),
    maxCreditChars: positive('maxCreditChars', settings.maxCreditChars, 100),
    maxStandfirstChars: positive('maxStandfirstChars', settings.maxStandfirstChars, 400),
    maxBioChars: positive('maxBioChars', settings.maxBioChars, 400),
    articleBodyBonus: positive('articleBodyBonus', settings.articleBodyBonus, 5),
    topCandidates: positive('topCandidates', settings.topCandidates, 5),
    siblingScoreRatio: positive('siblingScoreRatio', settings.siblingScoreRatio, 0.2),
    siblingMinScore: positive('siblingMinScore', settings.siblingMinScore, 10),
    liftJunkShare: positive('liftJunkShare', settings.liftJunkShare, 0.5),
    liftHardJunkShare: positive('liftHardJunkShare', settings.liftHardJunkShare, 0.8),
    maxLinkDensity: positive('maxLinkDensity', settings.maxLinkDensity, 0.5),
    teaserMaxChars: positive('teaserMaxChars', settings.teaserMaxChars, 200),
    boilerplateMaxChars: positive('boilerplateMaxChars', settings.boilerplateMaxChars, 160),
    maxRemoved: positive('maxRemoved', settings.maxRemoved, 300),
    minYear: positive('minYear', settings.minYear, 1990),
    articleBodyMinChars: positive('articleBodyMinChars', settings.articleBodyMinChars, 400),
  }
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) {
    throw new TypeError(`Expected a non-negative number for \`${name}\`, not \`${String(value)}\``)
  }
  return value
}
