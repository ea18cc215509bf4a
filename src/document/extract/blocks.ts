/**
 * Block helpers shared by the text and HTML extractors: clean a block's text,
 * drop repeated blocks (recording why), join kept blocks into the article
 * text with each block's offsets, and tell a call for news tips (a line both
 * extractors drop).
 */
import type { Block, BlockKind, Removed } from '../../model/index.js'

/** A kept block before offsets exist: what both extractors produce. */
export interface BlockDraft {
  kind: BlockKind
  text: string
}

/** Runs of horizontal whitespace (everything `\s` matches except a line feed). */
const HORIZONTAL_SPACE = /[^\S\n]+/g
/** Any line-break sequence, so CRLF and lone CR count as one break. */
const LINE_BREAK = /\r\n?|[\u2028\u2029]/g

/**
 * Clean one block's text: trim it, collapse runs of whitespace inside a line
 * to one space, and drop empty lines (so a block never holds the blank line
 * that separates blocks). Other characters are kept verbatim.
 *
 * @param text Raw block text.
 * @returns The cleaned text (`''` when nothing but whitespace was given).
 */
export function cleanBlockText(text: string): string {
  const lines = text.replace(LINE_BREAK, '\n').split('\n')
  const kept: string[] = []
  for (const line of lines) {
    const clean = line.replace(HORIZONTAL_SPACE, ' ').trim()
    if (clean !== '') kept.push(clean)
  }
  return kept.join('\n')
}

const NON_ASCII = /[^\x00-\x7f]/
/**
 * A word for comparison: letters and digits, as code-point ranges that leave
 * out ASCII punctuation, Latin-1 symbols and the General Punctuation block
 * (curly quotes, dashes, ellipsis), so a re-typed copy still compares equal.
 * Ranges rather than `\p{L}`: property classes are several times slower in
 * V8, and this runs on every line.
 */
const WORD_TOKEN = /[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u3040-\uffef]+/g

/**
 * The words of a text for comparison: lower-cased, Unicode-normalised
 * (NFKC) runs of letters and digits, punctuation and symbols dropped.
 *
 * @param text The text.
 * @param lowered Whether `text` is already lower-cased (saves a pass) (default `false`).
 */
export function wordTokens(text: string, lowered = false): string[] {
  let lower = lowered ? text : text.toLowerCase()
  if (NON_ASCII.test(lower)) lower = lower.normalize('NFKC')
  return lower.match(WORD_TOKEN) ?? []
}

/**
 * Comparison key of a text: its {@link wordTokens} joined by single spaces.
 * Two blocks with the same key say the same thing in the same words.
 */
export function comparisonKey(text: string): string {
  return wordTokens(text).join(' ')
}

/** Options for {@link dedupeBlocks}. */
export interface DedupeOptions {
  /**
   * Blocks whose comparison key is shorter than this many characters are never
   * treated as duplicates: short lines ("Analysis", "No.") may legitimately
   * recur (default 20).
   */
  minLength?: number
  /**
   * Kinds whose first copy yields to a later `paragraph` copy. A standfirst
   * repeated word for word in the body is a pull-out of that paragraph; the
   * body copy is kept so the paragraph stays in its place in the narrative
   * (default `['standfirst']`).
   */
  yieldToBody?: readonly BlockKind[]
  /** Precomputed {@link comparisonKey} of each block, when the caller has them (optional). */
  keys?: readonly string[]
}

/** Result of {@link dedupeBlocks}. */
export interface Deduped<T extends BlockDraft> {
  /** The blocks kept, in their original order. */
  blocks: T[]
  /** One entry per dropped block (rule `duplicate-paragraph`), in the order of `dropped`. */
  removed: Removed[]
  /** Indices (into the input) of the dropped blocks, ascending. */
  dropped: number[]
}

/** Default for {@link DedupeOptions.minLength}. */
export const DEFAULT_DUPLICATE_MIN_LENGTH = 20

/** The shortest opening that counts as a repeat (see {@link repeatsOpening}), in key characters. */
const OPENING_REPEAT_MIN_LENGTH = 60
/** A block closing a sentence (a stop, then perhaps a closing quote or bracket). */
const CLOSES_SENTENCE = /[.!?]["'”’)\]]*$/u

/**
 * Whether a paragraph repeats, word for word, the whole opening sentences of
 * an earlier paragraph (a scraped page that prints a paragraph again, cut
 * after a sentence): it closes a sentence, is long enough not to be a
 * stock phrase ({@link OPENING_REPEAT_MIN_LENGTH}), and an earlier
 * paragraph's key starts with its key and goes on. Quadratic in the worst
 * case, but only over paragraphs that close a sentence and are long enough.
 */
function repeatsOpening(text: string, key: string, openings: ReadonlySet<string>): boolean {
  if (key.length < OPENING_REPEAT_MIN_LENGTH || !CLOSES_SENTENCE.test(text.trim())) return false
  const head = `${key} `
  for (const earlier of openings) if (earlier.startsWith(head)) return true
  return false
}

/**
 * Keep each repeated block once (normalised-text comparison, see
 * {@link comparisonKey}). The first copy is kept, except that a first copy of
 * a kind listed in `yieldToBody` gives way to a later paragraph copy. Linear
 * in the number of blocks.
 *
 * @param blocks Kept blocks in reading order.
 * @param options Thresholds (optional).
 * @returns The blocks without repeats, and a record of each one dropped.
 */
export function dedupeBlocks<T extends BlockDraft>(
  blocks: readonly T[],
  options: DedupeOptions = {},
): Deduped<T> {
  const minLength = options.minLength ?? DEFAULT_DUPLICATE_MIN_LENGTH
  const yieldKinds = new Set<BlockKind>(options.yieldToBody ?? ['standfirst'])
  const keys = options.keys ?? blocks.map((block) => comparisonKey(block.text))
  // key → index of the copy currently kept
  const keptAt = new Map<string, number>()
  const drop = new Set<number>()
  // Keys of the paragraphs kept so far, and the dropped blocks that repeat only an opening.
  const openings = new Set<string>()
  const cut = new Set<number>()
  blocks.forEach((block, index) => {
    const key = keys[index] ?? comparisonKey(block.text)
    if (key.length < minLength) return
    const earlier = keptAt.get(key)
    if (earlier === undefined) {
      if (block.kind === 'paragraph' && repeatsOpening(block.text, key, openings)) {
        drop.add(index)
        cut.add(index)
        return
      }
      keptAt.set(key, index)
      if (block.kind === 'paragraph') openings.add(key)
      return
    }
    const first = blocks[earlier]
    if (first && yieldKinds.has(first.kind) && block.kind === 'paragraph') {
      drop.add(earlier)
      keptAt.set(key, index)
    } else {
      drop.add(index)
    }
  })
  const dropped = [...drop].sort((a, b) => a - b)
  const removed: Removed[] = dropped.map((index) => {
    const block = blocks[index]!
    const yielded = yieldKinds.has(block.kind) && (keptAt.get(keys[index] ?? '') ?? -1) > index
    if (cut.has(index))
      return {
        text: block.text,
        reason: `${block.kind} repeating the opening sentences of an earlier paragraph; the full copy is kept`,
        rule: 'duplicate-paragraph',
      }
    return {
      text: block.text,
      reason: yielded
        ? `${block.kind} repeated later in the body; the body copy is kept`
        : `${block.kind} repeated; the first copy is kept`,
      rule: 'duplicate-paragraph',
    }
  })
  return { blocks: blocks.filter((_, index) => !drop.has(index)), removed, dropped }
}

/** Separator between blocks in the joined text. */
export const BLOCK_SEPARATOR = '\n\n'

/** Result of {@link joinBlocks}. */
export interface JoinedBlocks {
  /** Block texts separated by a blank line. */
  text: string
  /** Each non-empty block with its offsets into `text`. */
  blocks: Block[]
}

/**
 * Join block texts with a blank line and compute each block's offsets. Each
 * text is cleaned with {@link cleanBlockText}; blocks left empty are skipped
 * (they hold no text, so nothing is lost).
 *
 * @param blocks Kept blocks in reading order.
 * @returns The article text and its blocks.
 */
export function joinBlocks(blocks: readonly BlockDraft[]): JoinedBlocks {
  const parts: string[] = []
  const out: Block[] = []
  let offset = 0
  for (const block of blocks) {
    const text = cleanBlockText(block.text)
    if (text === '') continue
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length
    out.push({ kind: block.kind, start: offset, end: offset + text.length })
    parts.push(text)
    offset += text.length
  }
  return { text: parts.join(BLOCK_SEPARATOR), blocks: out }
}

/**
 * Openings of a call for news tips, as regular-expression sources in lower
 * case (English, German, French, Spanish, Portuguese): "Got a story?", "Send
 * us your tips", "Contact the newsroom". Each must open the line or a
 * sentence, so a police appeal quoted in the report ("…, contact us on …,"
 * the sergeant said) stays.
 */
export const TIPS_OPENINGS: readonly string[] = [
  // English
  '(?:got|have|has) (?:you got )?(?:a|an|any) (?:good |local |breaking )?(?:news )?(?:story|stories|tips?|tip-offs?|leads?|story ideas?)',
  'do you have (?:a |an |any )?(?:good |local )?(?:news )?(?:story|stories|tips?|tip-offs?|leads?|story ideas?)',
  '(?:got|have you got) (?:any )?news',
  'know (?:of )?a (?:good )?story',
  '(?:send|share|give|email|e-mail|whatsapp|text|message) (?:us )?(?:your )?(?:news |story |local )?(?:tips?|tip-offs?|stories|story ideas?|leads|news tips?)',
  'tip us off',
  // A call for readers' pictures (user-generated content): "Do you have photos or video of the
  // fire?", "Send us your pictures".
  '(?:do you have|have you got|got|have you (?:taken|shot|filmed|captured)) (?:any )?(?:photos?|pictures?|images?|videos?|footage)',
  '(?:send|share|email|e-mail|upload|submit|whatsapp) (?:us )?(?:your )?(?:photos?|pictures?|images?|videos?|footage)',
  '(?:seen|witnessed|spotted) (?:something|anything) newsworthy',
  '(?:news|story) tips?\\s*[:?]',
  '(?:contact|call|email|e-mail|whatsapp|text|message|write to) (?:us|the newsroom|our newsroom|the news ?desk|our news ?desk)\\b',
  // German
  '(?:haben sie|sie haben) (?:einen |eine )?(?:hinweis|hinweise|tipp|tipps|geschichte)',
  'schreiben sie (?:uns|der redaktion)',
  'kontaktieren sie (?:uns|die redaktion)',
  // French
  'vous avez (?:une information|une info|un témoignage|un sujet|une histoire)',
  '(?:écrivez|envoyez|contactez)-nous',
  'contactez la rédaction',
  // Spanish
  '¿?(?:tienes|tiene usted) (?:una historia|una denuncia|información|un dato|una noticia)',
  '(?:escríbenos|envíanos|contáctanos)',
  'contacta (?:con )?(?:nosotros|la redacción)',
  // Portuguese
  'tem uma (?:denúncia|história|sugestão de pauta)',
  '(?:fale conosco|envie sua (?:denúncia|sugestão))',
]

/**
 * A tips opening at the start of the line or of a sentence (after emphasis
 * marks, not quote marks), tested on the lower-cased line.
 */
export const TIPS_INVITATION = new RegExp(`(?:^|[.!?:|–—]\\s*)[\\s(*_]*(?:${TIPS_OPENINGS.join('|')})`)
/**
 * Words of which a tips opening holds one at least: a cheap pre-test before
 * {@link TIPS_INVITATION}.
 */
export const TIPS_KEYWORDS: readonly string[] = [
  'story',
  'stories',
  'tip',
  'tips',
  'off',
  'lead',
  'leads',
  'news',
  'newsworthy',
  'photo',
  'photos',
  'picture',
  'pictures',
  'image',
  'images',
  'video',
  'videos',
  'footage',
  'newsroom',
  'desk',
  'newsdesk',
  'us',
  'hinweis',
  'hinweise',
  'tipp',
  'tipps',
  'geschichte',
  'uns',
  'redaktion',
  'information',
  'info',
  'témoignage',
  'sujet',
  'histoire',
  'nous',
  'rédaction',
  'historia',
  'denuncia',
  'información',
  'dato',
  'noticia',
  'escríbenos',
  'envíanos',
  'contáctanos',
  'nosotros',
  'redacción',
  'denúncia',
  'história',
  'sugestão',
  'conosco',
]
/** A way to reach the newsroom: an address, a handle, a messaging app or a call. */
const TIPS_CHANNEL = /\S@\S|(?:^|\s)@[a-z0-9_]{2,}|\b(?:whatsapp|signal|telegram|call|text|sms|dm)\b/
/** A phone number: seven digits or more, in groups (`055 000 1234`, `+1 (555) 010-2030`). */
const PHONE_NUMBER = /\+?\(?\d[\d\s().-]{5,}\d/
const DIGITS = /\d/g
/** Fewest digits in a phone number. */
const PHONE_MIN_DIGITS = 7

/**
 * Whether the lower-cased line gives a way to send the newsroom a tip: an
 * e-mail address, a handle, a messaging app, "call", or a phone number.
 */
export function hasTipsChannel(lower: string): boolean {
  if (TIPS_CHANNEL.test(lower)) return true
  const phone = PHONE_NUMBER.exec(lower)
  return phone !== null && (phone[0].match(DIGITS)?.length ?? 0) >= PHONE_MIN_DIGITS
}

/**
 * A call for news tips (rule `tips-prompt`): an invitation ("Got a story?",
 * "Send us your tips", "Haben Sie einen Hinweis?") and a way to send them (an
 * e-mail address, a phone number, a handle, WhatsApp, "call"). Both
 * extractors drop such a line wherever it stands: it addresses the reader,
 * not the story.
 *
 * @param lower The line, lower-cased.
 */
export function isTipsPrompt(lower: string): boolean {
  return TIPS_INVITATION.test(lower) && hasTipsChannel(lower)
}

/**
 * Messaging apps an outlet runs a channel on. "Line" and "Signal" as words are
 * too common, so a prompt must name a channel word or a handle as well (see
 * {@link CHANNEL_PROMPT}).
 */
export const MESSAGING_APPS: readonly string[] = [
  'telegram',
  'whatsapp',
  'viber',
  'signal',
  'wechat',
  'discord',
  'kakaotalk',
  'threema',
]

/**
 * A prompt to join the outlet's messaging channel: an imperative opening the
 * line or a sentence ("Join", "Follow", "Subscribe to", "Find", "Add", "Get"),
 * a messaging app within a few words, then a channel word or a handle: "Join
 * our Telegram channel @handle so you never miss the news", "Get the day's
 * headlines on our WhatsApp channel". Tested on the lower-cased line, with
 * {@link CHANNEL_OWNER}.
 */
export const CHANNEL_PROMPT = new RegExp(
  `(?:^|[.!?]\\s+)[\\s(*_]*(?:join|follow|subscribe to|find|add|get)\\b[^.!?]{0,40}?\\b(?:${MESSAGING_APPS.join('|')})\\b[^.!?]{0,30}?(?:\\b(?:channels?|groups?|community|communities|chats?|accounts?|bots?)\\b|(?:^|\\s)@[a-z0-9_]{2,})`,
)
/** The channel is the outlet's own: "our", "us" or a handle. */
const CHANNEL_OWNER = /\b(?:our|us)\b|(?:^|\s)@[a-z0-9_]{2,}/

/**
 * A prompt to join the outlet's messaging channel (Telegram, WhatsApp, Viber,
 * Signal …): {@link CHANNEL_PROMPT} and the outlet's own channel
 * ({@link CHANNEL_OWNER}). A report about a channel ("Followers of the
 * group's Telegram channel …", "He told them to join a Telegram group")
 * does not open with the imperative or names no "our"/"us"/handle, so it stays.
 *
 * @param lower The line, lower-cased.
 */
export function isChannelPrompt(lower: string): boolean {
  const match = CHANNEL_PROMPT.exec(lower)
  return match !== null && CHANNEL_OWNER.test(match[0])
}

/**
 * A syndication or licence notice: the article says where it comes from and
 * on what terms, as a line of its own. Anchored at the start of the line, so
 * a report that mentions a licence ("The maps were published under licence
 * from the survey, the council said") stays:
 * "This article is published under licence from X", "This story was first
 * published by X", "Originally published in X", "Published under licence
 * from X", "Reproduced with permission of X", "… republished here with
 * permission". Tested on the lower-cased line.
 */
export const SYNDICATION_NOTE =
  /^(?:this (?:story|article|report|piece|content|item|feature) (?:was |is |has been )?(?:first |originally )?(?:published|produced|written|appeared|republished|reproduced|reprinted|syndicated|distributed)|(?:first|originally) (?:published|appeared) (?:by|in|on)|(?:published|republished|reproduced|reprinted|syndicated|distributed|used) (?:here )?(?:under (?:a )?licen[cs]e|with (?:the )?(?:kind )?permission|by (?:special )?arrangement))\b|\brepublished (?:here )?with (?:the )?permission\b/

/**
 * Licence terms, as written after a distributor's name or before it:
 * "Republished under licence", "used with permission".
 */
const LICENCE_TERMS =
  '(?:[Pp]ublished|[Rr]epublished|[Rr]eproduced|[Rr]eprinted|[Uu]sed|[Ss]yndicated) (?:here )?(?:under (?:a )?licen[cs]e|with (?:the )?(?:kind )?permission|by (?:special )?arrangement)'
/** A distributor named in capitalised words: "Distributed by Bluewater Press", "Syndicated by The Wire". */
const DISTRIBUTOR =
  "(?:Distributed|Syndicated|Supplied|Provided) (?:by|through|via) (?:The )?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:of |for |and |& )?\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,5}"
/**
 * A distributor's credit as a whole short line, with or without licence
 * terms: "Distributed by Bluewater Press.", "Syndicated by Metro Features.
 * Republished under licence.", "Republished under licence. Supplied by The
 * Wire Service". Tested on the line as written: the distributor must be
 * capitalised words, so "Distributed by the Red Cross." or "Distributed by
 * hand to every household." is not one; anchored at both ends, so a report
 * saying a company distributed something stays.
 */
export const SYNDICATION_LINE = new RegExp(
  `^(?:${DISTRIBUTOR}\\.?(?:\\s+${LICENCE_TERMS}\\.?)?|${LICENCE_TERMS}\\.?\\s+${DISTRIBUTOR}\\.?)$`,
  'u',
)

/**
 * A prompt to get the outlet's app, opening the line: an imperative
 * ("Download", "Get", "Install", "Try"), "the" or "our", at most four words of
 * a name, "app", then what it offers or where it runs (alerts,
 * notifications, news, a store, a phone): "Download the Metro24 app and turn
 * on notifications for traffic alerts", "Get the Valley Post app for breaking
 * news alerts on your phone". A report about an app ("Residents can download
 * the utility's app to report outages") does not open with the imperative;
 * an appeal quoted in a report ("Download the app to report outages, the
 * utility said") carries an attribution and stays. Tested on the lower-cased
 * line.
 */
export const APP_PROMPT =
  /^[\s(*_]*(?:download|get|install|try) (?:the|our) (?:free |new |official )?(?:[\p{L}\p{N}'’.&-]+ ){0,4}(?:mobile )?app\b[^.!?]{0,120}?\b(?:alerts?|notifications?|news|headlines|updates|stories|app ?store|google play|ios|android|iphone|phone|smartphone|for free)\b/u
/** An attribution that makes an app appeal part of a report. */
const ATTRIBUTION = /\b(?:said|says|urged|urges|told|advised|asked|according to|announced|appealed)\b/

/**
 * A prompt to get the outlet's app ({@link APP_PROMPT}), not a quoted appeal.
 *
 * @param lower The line, lower-cased.
 */
export function isAppPrompt(lower: string): boolean {
  return APP_PROMPT.test(lower) && !ATTRIBUTION.test(lower)
}

/**
 * A sign-up prompt for an outlet's own newsletter or briefing, opening the
 * line: "Sign up to The Coastal Herald's morning briefing and get …", "Sign
 * up for our weekly politics digest". The list must be the outlet's ("our",
 * a possessive), so "Sign up for a briefing at the town hall" is not one by
 * this pattern. Tested on the lower-cased line.
 */
export const NEWSLETTER_SIGN_UP =
  /^[\s(*_]*sign up (?:to|for) (?:our|[^.!?]{1,40}?['’]s) (?:free )?(?:[\p{L}-]+ ){0,3}(?:newsletters?|briefings?|bulletins?|digests?|emails?|e-mails?|alerts|updates)\b/u

/**
 * An offer of the outlet's own newsletter or digest opening the line, without
 * "sign up": "Get the Coastal Herald daily digest - free every weekday
 * morning", "Receive our weekly briefing in your inbox". Only the outlet's
 * list (the/our + up to four name words + the list word) and no attribution
 * (a quoted appeal stays). Tested on the lower-cased line.
 */
export const NEWSLETTER_OFFER =
  /^[\s(*_]*(?:get|receive) (?:the|our) (?:free )?(?:[\p{L}\p{N}&'’-]+ ){0,4}(?:newsletters?|briefings?|bulletins?|digests?)\b(?:$|\s*[-–—:.!]|\s+(?:free|every|each|daily|weekly|in your inbox|straight|delivered|by email|for free)\b)/u

/**
 * An offer of the outlet's newsletter ({@link NEWSLETTER_OFFER}), not a quoted one.
 *
 * @param lower The line, lower-cased.
 */
export function isNewsletterOffer(lower: string): boolean {
  return NEWSLETTER_OFFER.test(lower) && !ATTRIBUTION.test(lower)
}

/**
 * A classified ad: an item offered for sale or rent (or wanted) and a phone
 * number to call ("Used trawl net for sale - good condition - call +47 912 34
 * 567"). Both must be there: a report of a sale has no number to call.
 * Tested on the lower-cased line.
 */
export const CLASSIFIED_OFFER = /\b(?:for sale|for rent|to let|for hire|wanted)\b/u
const CLASSIFIED_PHONE =
  /\b(?:call|tel|phone|ring|contact|text|sms)\b\.?:?\s*\+?\(?\d[\d ()./-]{5,}\d\s*\.?$/u

/**
 * Whether a line is a classified ad ({@link CLASSIFIED_OFFER} and a phone number closing it).
 *
 * @param lower The line, lower-cased.
 */
export function isClassifiedAd(lower: string): boolean {
  return CLASSIFIED_OFFER.test(lower) && CLASSIFIED_PHONE.test(lower) && !ATTRIBUTION.test(lower)
}
