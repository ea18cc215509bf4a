/**
 * What an element's tag, `class`, `id` and `role` say about it: page furniture
 * to drop (navigation, comments, share bars, related teasers, ads, cookie
 * banners), likely content, or likely metadata. Class names are split into
 * words (`article__body`, `relatedLinks`, `share-bar` → `article body`,
 * `related links`, `share bar`) and matched word by word, so `head` never
 * matches `header` and `ad` never matches `shadow`.
 */

/** What the hints say about one element. */
export interface Hint {
  /** Drop the subtree, with this rule id (`comments`, `share`, `nav`, …), or `null`. */
  junk: string | null
  /**
   * A hard junk verdict is never overturned; a soft one (a class word that is
   * sometimes misused on a page wrapper) is lifted when the subtree holds most
   * of the page's prose.
   */
  hard: boolean
  /** Content weight, Readability style: +25 per content-like attribute, −25 per furniture-like one. */
  weight: number
  /** The element looks like a caption or credit container. */
  caption: boolean
  /** The element looks like a byline or author box. */
  byline: boolean
}

/** Tags whose whole subtree is page furniture. */
const JUNK_TAGS: Record<string, string> = {
  nav: 'nav',
  aside: 'aside',
  footer: 'footer',
  form: 'form',
  button: 'button',
  select: 'form',
  textarea: 'form',
  dialog: 'dialog',
  menu: 'nav',
}

/** ARIA roles of page furniture. */
const JUNK_ROLES: Record<string, string> = {
  navigation: 'nav',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  menu: 'nav',
  menubar: 'nav',
  dialog: 'dialog',
  alertdialog: 'dialog',
  search: 'form',
  tablist: 'nav',
  toolbar: 'share',
}

/**
 * Class/id words that mark furniture, with the rule id. `true` marks hard
 * verdicts: these never hold the article (comments, ads, consent banners).
 */
const JUNK_WORDS: Record<string, [string, boolean]> = {}
function junkWords(rule: string, hard: boolean, words: string): void {
  for (const word of words.split(' ')) JUNK_WORDS[word] = [rule, hard]
}
junkWords(
  'comments',
  true,
  'comment comments commentlist commentbox commenting disqus replies respond livefyre fb-comments coral talk-stream',
)
junkWords(
  'ads',
  true,
  'ad ads adv advert adverts advertisement advertising adsense adslot dfp gpt sponsored taboola outbrain',
)
junkWords('ads', false, 'sponsor promo promos promotion billboard skyscraper leaderboard mpu banner')
junkWords('cookie-banner', true, 'cookie cookies consent gdpr cmp')
junkWords('newsletter', true, 'newsletter newsletters signup subscribe subscription')
junkWords('share', false, 'share shares sharing sharebar social socials sociallinks addthis sharethis')
junkWords(
  'related',
  false,
  'related recommended recommendations recirc recirculation more-stories morestories trending popular most-read mostread',
)
junkWords(
  'nav',
  false,
  'nav navbar navigation menu breadcrumb breadcrumbs pagination pager skip skiplink topbar',
)
junkWords('sidebar', false, 'sidebar rail aside widget widgets')
junkWords('footer', false, 'footer')
junkWords('header', false, 'masthead')
junkWords('popup', false, 'popup modal overlay lightbox')
junkWords('tags', false, 'tags tag-list taglist tagcloud keywords topics')
junkWords('print', false, 'print-only printonly')
// Screen-reader-only text is not part of the page a reader sees. (`hidden-xs` and
// friends only hide on some screens, so bare `hidden` is not furniture.)
junkWords('hidden', false, 'visually-hidden sr-only screen-reader-text offscreen')

/**
 * Words that stop a soft furniture word from dropping the element
 * (`content-sidebar-wrap`, `article-with-share`): Readability's
 * "ok, maybe it's a candidate".
 */
const KEEP_WORDS = new Set(['article', 'body', 'content', 'main', 'column', 'story', 'post', 'entry', 'text'])

/** Words that raise an element's content weight. */
const POSITIVE_WORDS = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'hentry',
  'main',
  'page',
  'post',
  'text',
  'blog',
  'story',
  'prose',
  'richtext',
  'copy',
])

/** Words that lower an element's content weight. */
const NEGATIVE_WORDS = new Set([
  'combx',
  'contact',
  'foot',
  'footer',
  'footnote',
  'masthead',
  'media',
  'meta',
  'promo',
  'related',
  'scroll',
  'share',
  'shoutbox',
  'sidebar',
  'sponsor',
  'shopping',
  'tags',
  'tool',
  'tools',
  'widget',
  'byline',
  'author',
  'date',
  'timestamp',
  'caption',
  'credit',
  'hidden',
])

const CAPTION_WORDS = new Set([
  'caption',
  'captions',
  'figcaption',
  'credit',
  'credits',
  'photo-credit',
  'wp-caption-text',
])
const BYLINE_WORDS = new Set([
  'byline',
  'bylines',
  'author',
  'authors',
  'writer',
  'contributor',
  'contributors',
])

const cache = new Map<string, Hint>()
const NONE: Hint = { junk: null, hard: false, weight: 0, caption: false, byline: false }

/**
 * Split a class or id value into lowercase words, plus each adjacent pair
 * joined (`read-more` → `read`, `more`, `readmore`, `read-more`), so one
 * vocabulary entry covers the spellings.
 */
export function classWords(value: string): string[] {
  const words: string[] = []
  for (const raw of value.split(/\s+/)) {
    if (raw === '') continue
    const parts = raw
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((part) => part !== '')
    let index = -1
    while (++index < parts.length) {
      const part = parts[index]!
      words.push(part)
      const next = parts[index + 1]
      if (next !== undefined) words.push(part + next, `${part}-${next}`)
    }
  }
  return words
}

/**
 * Hints of one element from its `class` and `id` (role and tag are cheap and
 * checked by the caller through {@link tagJunk}). Cached per attribute value.
 */
export function attributeHint(className: string, id: string): Hint {
  if (className === '' && id === '') return NONE
  const key = `${className}#${id}`
  let hint = cache.get(key)
  if (hint === undefined) {
    hint = computeHint(className, id)
    if (cache.size > 20_000) cache.clear()
    cache.set(key, hint)
  }
  return hint
}

function computeHint(className: string, id: string): Hint {
  let junk: string | null = null
  let hard = false
  let keep = false
  let weight = 0
  let caption = false
  let byline = false
  for (const value of [className, id]) {
    if (value === '') continue
    let positive = false
    let negative = false
    for (const word of classWords(value)) {
      const entry = JUNK_WORDS[word]
      if (entry !== undefined && (junk === null || (entry[1] && !hard))) {
        junk = entry[0]
        hard = entry[1]
      }
      if (KEEP_WORDS.has(word)) keep = true
      if (POSITIVE_WORDS.has(word)) positive = true
      if (NEGATIVE_WORDS.has(word)) negative = true
      if (CAPTION_WORDS.has(word)) caption = true
      if (BYLINE_WORDS.has(word)) byline = true
    }
    if (positive) weight += 25
    if (negative) weight -= 25
  }
  if (junk !== null && keep && !hard) junk = null
  return { junk, hard, weight, caption, byline }
}

/** Junk rule of a tag or ARIA role, or `null`. */
export function tagJunk(tag: string, role: string | undefined): string | null {
  const byTag = JUNK_TAGS[tag]
  if (byTag !== undefined) return byTag
  if (role !== undefined) return JUNK_ROLES[role] ?? null
  return null
}
