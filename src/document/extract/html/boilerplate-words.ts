/**
 * The multilingual vocabulary of page furniture: the short lines a page
 * prints around an article that are not the article ("Advertisement",
 * "Share this", "Read more", "Leia também", "Читайте также", "関連記事"), the
 * headings that open a section of teasers or comments, and the credit lines
 * agencies append. Each entry is a whole line after normalisation (lowercase,
 * edge punctuation trimmed), so a sentence that merely contains "share" is
 * never matched.
 */
import {
  isAppPrompt,
  isChannelPrompt,
  isClassifiedAd,
  isNewsletterOffer,
  isTipsPrompt,
  NEWSLETTER_SIGN_UP,
  SYNDICATION_LINE,
  SYNDICATION_NOTE,
} from '../blocks.js'

/** A furniture verdict on one line. */
export interface LineVerdict {
  /** Stable rule id. */
  rule: string
  /** Human-readable reason. */
  reason: string
}

/** Exact lines (normalised), by rule. */
const EXACT: Record<string, string[]> = {
  advertisement: [
    'advertisement',
    'advertisements',
    'advertising',
    'ad',
    'ads',
    'sponsored',
    'sponsored content',
    'paid content',
    'promoted',
    'story continues below advertisement',
    'article continues below advertisement',
    'continue reading the main story',
    'continue reading below',
    'scroll to continue with content',
    'publicidade',
    'publicidad',
    'anúncio',
    'pubblicità',
    'annuncio',
    'anzeige',
    'werbung',
    'publicité',
    'iklan',
    'реклама',
    '광고',
    '広告',
    'スポンサーリンク',
  ],
  share: [
    'share',
    'shares',
    'share this',
    'share this article',
    'share this story',
    'share this post',
    'share on facebook',
    'share on twitter',
    'share via email',
    'share article',
    'share story',
    'sharing is caring',
    'tweet',
    'tweet this',
    'pin it',
    'pin',
    'email',
    'e-mail',
    'print',
    'print article',
    'print this article',
    'copy link',
    'link copied',
    'facebook',
    'twitter',
    'linkedin',
    'whatsapp',
    'reddit',
    'pinterest',
    'telegram',
    'messenger',
    'flipboard',
    'compartilhe',
    'compartilhar',
    'partilhar',
    'compartir',
    'condividi',
    'condividi su facebook',
    'teilen',
    'artikel teilen',
    'partager',
    'bagikan',
    'bagikan artikel ini',
    'поделиться',
    '공유하기',
    '공유',
    'シェア',
    'ツイート',
    'like this',
    'like loading',
    'sukai ini',
    'suka memuat',
    'curtir isso',
    'mi piace',
    'gefällt mir',
  ],
  comments: [
    'comment',
    'comments',
    'comments',
    'view comments',
    'show comments',
    'post comment',
    'post a comment',
    'leave a comment',
    'leave a reply',
    'add a comment',
    'join the discussion',
    'join the conversation',
    'conversation',
    'comentários',
    'comentarios',
    'deixe um comentário',
    'commenti',
    'lascia un commento',
    'kommentare',
    'komentar',
    'tinggalkan komentar',
    'комментарии',
    '댓글',
    'コメント',
  ],
  subscribe: [
    'subscribe',
    'subscribe now',
    'subscribe today',
    'sign up',
    'sign up now',
    'sign in',
    'log in',
    'register',
    'newsletter',
    'get the newsletter',
    'assine',
    'abbonati',
    'abonnieren',
    'berlangganan',
    'подписаться',
    '구독',
  ],
  'read-more': [
    'read more',
    'read more here',
    'read full story',
    'read full article',
    'read the full story',
    'continue reading',
    'more',
    'more stories',
    'more news',
    'more on this',
    'more on this story',
    'see also',
    'see more',
    'related',
    'related articles',
    'related article',
    'related stories',
    'related story',
    'related news',
    'related posts',
    'related content',
    'related coverage',
    'related topics',
    'related tags',
    'recommended',
    'recommended for you',
    'recommended stories',
    'you may also like',
    'you might also like',
    'you may be interested in',
    'you might be interested in',
    'also read',
    "don't miss",
    'dont miss',
    'trending',
    'trending now',
    'trending news',
    'trending stories',
    'most read',
    'most popular',
    'popular',
    'popular stories',
    'latest news',
    'latest stories',
    'top stories',
    'explore further',
    'up next',
    'watch next',
    'what to read next',
    'next article',
    'previous article',
    'next post',
    'previous post',
    'next',
    'previous',
    'back to top',
    'leia também',
    'leia mais',
    'veja também',
    'veja mais',
    'saiba mais',
    'você pode gostar',
    'você também pode gostar',
    'posts relacionados',
    'artigos relacionados',
    'notícias relacionadas',
    'relacionados',
    'lee también',
    'leer más',
    'noticias relacionadas',
    'te puede interesar',
    'leggi anche',
    'leggi di più',
    'potrebbe interessarti',
    'articoli correlati',
    'correlati',
    'lesen sie auch',
    'mehr zum thema',
    'weitere artikel',
    'das könnte sie auch interessieren',
    'lire aussi',
    'à lire aussi',
    'sur le même sujet',
    'baca juga',
    'baca selengkapnya',
    'terkait',
    'artikel terkait',
    'berita terkait',
    'читайте также',
    'смотрите также',
    'читать далее',
    'похожие статьи',
    'по теме',
    '관련기사',
    '관련 기사',
    '관련뉴스',
    '이전글',
    '다음글',
    '関連記事',
    '関連',
    'おすすめ記事',
    '人気記事',
    '相关文章',
    '相关阅读',
  ],
  'author-bio': [
    'about the author',
    'about the authors',
    'about author',
    'sobre o autor',
    "sull'autore",
    'über den autor',
    'tentang penulis',
    'об авторе',
  ],
  'photo-ui': [
    'caption',
    'close',
    'open',
    'enlarge',
    'enlarge this image',
    'toggle caption',
    'hide caption',
    'show caption',
    'expand',
    'view gallery',
    'view slideshow',
    'photo',
    'photos',
    'image',
    'video',
    'watch',
    'play',
    'play video',
    'watch video',
    'listen',
    'listen to this article',
    'audio',
    'fullscreen',
    'full screen',
    'text size',
    'font size',
    'order reprints',
    'reprints',
    'save',
    'save article',
    'bookmark',
    'gift article',
    'foto',
    'фото',
    '사진',
    '写真',
  ],
  tags: ['tags', 'tagged', 'topics', 'filed under', 'categories', 'category', 'etiquetas', 'tag'],
}

/** Lines that match by their start (normalised), by rule: prompts whose tail varies. */
const PREFIXES: [string, string[]][] = [
  [
    'read-more',
    [
      'read more:',
      'read more about',
      'related:',
      'see also:',
      'also read:',
      'more:',
      'leia também:',
      'leia mais:',
      'veja também:',
      'leggi anche:',
      'lesen sie auch:',
      'baca juga:',
      'читайте также:',
      'more from ',
      'more great ',
      'more stories from',
      'more coverage',
      'click here to read',
      'click here for',
      'watch:',
      'watch the video',
      'related video',
      'listen:',
      'recommended:',
    ],
  ],
  [
    'subscribe',
    [
      'sign up for',
      'subscribe to',
      'subscribe for',
      'get our',
      'get the latest',
      'to get the latest',
      'join our',
      'download our app',
      'download the app',
      'get breaking news',
      'receba',
      'iscriviti',
      'melden sie sich',
    ],
  ],
  [
    'share',
    [
      'follow us on',
      'follow us',
      'like us on',
      'share this:',
      'share on',
      'share via',
      'click to share',
      'share your thoughts',
      'compartilhe no',
      'segui ',
      'folgen sie uns',
    ],
  ],
  [
    'comments',
    [
      'comments (',
      'show comments',
      'view comments',
      'post comment',
      'leave a comment',
      'comments are closed',
      'be the first to comment',
    ],
  ],
  [
    'tags',
    [
      'tags:',
      'tagged:',
      'topics:',
      'filed under:',
      'categories:',
      'category:',
      'posted in ',
      'etichette:',
      'schlagwörter:',
    ],
  ],
]

/** Starts of copyright and citation notices (judged up to twice the usual line length). */
const COPYRIGHT_PREFIXES = [
  '©',
  'copyright',
  '(c) ',
  'all rights reserved',
  'this copy is for your personal',
  'this document is subject to copyright',
  'this material may not be published',
  'this article is republished',
  'citation:',
  'todos os direitos reservados',
  'riproduzione riservata',
  'alle rechte vorbehalten',
  '© copyright',
]

/** Credit lines appended by agencies and desks: dropped wherever they are. */
const CREDIT_PATTERNS: RegExp[] = [
  /^\(?(?:additional |writing and )?(?:reporting|writing|editing|compiled|produced|research) by\b/i,
  /\b(?:contributed (?:reporting|to this (?:report|story|article))|contributed)\.?\)?$/i,
  /;\s*editing by\b/i,
  /^\(?(?:source|sources|fonte|quelle|sumber|источник)\s*:\s*[^.]{0,60}\)?$/i,
  /^(?:photo|image|picture|foto|фото)s?\s*(?:credit)?\s*[:：]/i,
  /^[^.!?]{3,80}\bcontributed (?:reporting|to this (?:report|story|article))\b/i,
]

/** Promotions written as sentences: newsletter and subscription pitches. */
const PROMO_PATTERNS: RegExp[] = [
  /\bsign up\b.{0,120}\b(?:newsletter|inbox|for free|free daily)\b/i,
  /\bnewsletter\b.{0,120}\b(?:inbox|delivered|sign up|subscribe)\b/i,
  /\bsubscribe\b.{0,80}\b(?:newsletter|today|now|for (?:as little as|just|only))\b/i,
  /\b(?:get access to|unlock|become a member)\b.{0,120}\b(?:for (?:as little as|just|only)|subscription|subscribe)\b/i,
  /\bfollow (?:us|the [\p{L} ]{2,40}?) on (?:facebook|twitter|instagram)/iu,
]

/** Gallery and list counters: "1 of 6", "1 - 5 of 36", "3/12". */
const COUNTER = /^\d+\s*(?:(?:-|–)\s*\d+\s+)?(?:of|из|de|di|von|\/)\s*\d+$/i

/**
 * Picture agencies and stock libraries whose name ends a credit
 * ("Name/Agency/Getty Images", "© Reuters", "Name, ASSOCIATED PRESS"),
 * lowercase, as regular-expression source.
 */
export const PICTURE_AGENCIES = [
  'getty images',
  'ap photo',
  'associated press',
  'reuters',
  'afp',
  'epa',
  'epa-efe',
  'shutterstock',
  'istock(?:photo)?',
  'alamy',
  'bloomberg',
  'xinhua',
  'anadolu',
  'sipa',
  'rex features',
  'pa images',
  'pa wire',
  'nasa',
  'handout',
  'file photo',
  'via ap',
]

/** Picture credits: a short line that ends with an agency's name. */
const PICTURE_CREDIT = new RegExp(`(?:${PICTURE_AGENCIES.join('|')})\\)?\\.?$`, 'i')

/**
 * Labels that open a picture credit at the end of a caption, followed by a
 * colon ("Photo: Jane Doe | The Herald", "Photo Credit: ISRO", "Foto: …"),
 * lowercase, as regular-expression source. "credit" may follow any of them.
 */
export const PICTURE_CREDIT_LABELS = [
  'photos?',
  'photographs?',
  'photography',
  'pictures?',
  'pics?',
  'images?',
  'image source',
  'credits?',
  'source',
  'courtesy',
  'crédit photo',
  'crédito',
  'fotos?',
  'fotografia',
  'fotografía',
  'imagem',
  'immagine',
  'imagen',
  'bild',
  'gambar',
  'фото',
  '사진',
  '写真',
  '图片',
  '圖片',
]

/**
 * Labels that open a picture credit followed by a name without a colon
 * ("Photo by Jane Doe", "Picture courtesy of the ministry", "Courtesy of …"),
 * lowercase, as regular-expression source.
 */
export const PICTURE_CREDIT_BY_LABELS = [
  '(?:photo(?:graph)?|picture|image|foto)s? (?:by|courtesy(?: of)?|via|supplied by|provided by)',
  'courtesy of',
  'foto de',
  'foto di',
  'foto von',
  'photo de',
]

/** Whether a short line ends with a picture agency's name. */
export function endsWithAgency(text: string): boolean {
  return PICTURE_CREDIT.test(text.trim())
}

/** Normalise a line for lookup: lowercase, edge punctuation, arrows and counts trimmed. */
export function normaliseLine(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’«»()[\]{}|•·:;.,!?…>›»→+\-–—_*#]+|[\s"'“”‘’«»()[\]{}|•·:;.,!?…>›»→+\-–—_*#]+$/gu, '')
    .replace(/\s*\(\d+\)$/, '')
    .trim()
}

const EXACT_INDEX = new Map<string, string>()
for (const [rule, lines] of Object.entries(EXACT)) for (const line of lines) EXACT_INDEX.set(line, rule)

const REASONS: Record<string, string> = {
  advertisement: 'an advertisement label',
  share: 'a share or follow prompt',
  comments: 'a comments prompt',
  subscribe: 'a subscribe or sign-up prompt',
  'read-more': 'a "read more" or related-articles link',
  'author-bio': 'an author box',
  'photo-ui': 'a photo or player control',
  tags: 'a tag list',
  copyright: 'a copyright or citation notice',
  credit: 'a reporting or picture credit',
  'tips-prompt': 'a call for news tips',
}

/** Reason text of a rule id. */
export function reasonOf(rule: string): string {
  return REASONS[rule] ?? rule
}

/**
 * Judge one short line. Returns the furniture verdict, or `null` when the
 * line may be article text. Lines longer than `maxChars` are never judged by
 * vocabulary (except credits, which are judged by their pattern).
 */
export function judgeLine(text: string, maxChars: number): LineVerdict | null {
  if (text.length > maxChars * 2) return null
  const line = normaliseLine(text)
  // A line of punctuation is a separator; keep it (it may be `___`, which is a word to some tools).
  if (line === '') return null
  const trimmed = text.trim()
  for (const pattern of CREDIT_PATTERNS) if (pattern.test(trimmed)) return verdict('credit')
  const lower = trimmed.toLowerCase()
  // "This article is published under licence from …", as the text cleaner judges it.
  // "Distributed by Bluewater Press. Republished under licence.", the whole line.
  if (SYNDICATION_NOTE.test(lower) || SYNDICATION_LINE.test(trimmed))
    return { rule: 'credit', reason: 'a syndication or licence notice' }
  for (const prefix of COPYRIGHT_PREFIXES) if (lower.startsWith(prefix)) return verdict('copyright')
  if (text.length <= maxChars * 2)
    for (const pattern of PROMO_PATTERNS) if (pattern.test(trimmed)) return verdict('subscribe')
  if (NEWSLETTER_SIGN_UP.test(lower)) return verdict('subscribe')
  // "Get the Coastal Herald daily digest - free every weekday morning", as the text cleaner judges it.
  if (text.length <= maxChars * 2 && isNewsletterOffer(lower))
    return { rule: 'subscribe', reason: "an offer of the outlet's newsletter" }
  // "Used trawl net for sale - good condition - call +47 912 34 567", as the text cleaner judges it.
  if (text.length <= maxChars * 2 && isClassifiedAd(lower)) return { rule: 'ads', reason: 'a classified ad' }
  // "Download the Metro24 app and turn on notifications …", as the text cleaner judges it.
  if (isAppPrompt(lower)) return { rule: 'subscribe', reason: "a prompt to get the outlet's app" }
  // "Got a story? WhatsApp us on …": an invitation and a channel, as the text cleaner judges it.
  if (isTipsPrompt(lower)) return verdict('tips-prompt')
  // "Join our Telegram channel @handle …": the outlet's messaging channel.
  if (isChannelPrompt(lower)) return { rule: 'share', reason: 'a messaging-channel prompt' }
  if (COUNTER.test(trimmed)) return verdict('photo-ui')
  if (text.length > maxChars) return null
  const exact = EXACT_INDEX.get(line)
  if (exact !== undefined) return verdict(exact)
  const raw = text.trim().toLowerCase()
  for (const [rule, prefixes] of PREFIXES) {
    for (const prefix of prefixes) if (raw.startsWith(prefix) || line.startsWith(prefix)) return verdict(rule)
  }
  // Picture credits are short, unpunctuated, and end with an agency.
  if (text.length < 100 && PICTURE_CREDIT.test(trimmed) && !/[.!?]\s|[a-z]\.$/.test(trimmed))
    return verdict('credit')
  return null
}

/** Read-more lines that label one link rather than title a section of them. */
const LINK_LABELS = new Set([
  // Headings that also title real sections ("UP NEXT" closes wire sports stories).
  'up next',
  'watch next',
  'trending',
  'trending now',
  'popular',
  'latest news',
  'latest stories',
  'top stories',
  'more news',
  'more on this',
  'more on this story',
  "don't miss",
  'dont miss',
  'conversation',
  'read more',
  'read more here',
  'read full story',
  'read full article',
  'read the full story',
  'continue reading',
  'more',
  'see more',
  'see also',
  'also read',
  'next',
  'previous',
  'next article',
  'previous article',
  'next post',
  'previous post',
  'back to top',
  'leia também',
  'leia mais',
  'saiba mais',
  'veja mais',
  'lee también',
  'leer más',
  'leggi anche',
  'leggi di più',
  'lesen sie auch',
  'lire aussi',
  'à lire aussi',
  'baca juga',
  'baca selengkapnya',
  'читайте также',
  'читать далее',
  '이전글',
  '다음글',
])

/**
 * Whether a heading or short line opens a section that is not the article:
 * related teasers, comments, the author box.
 */
export function opensFurnitureSection(text: string): LineVerdict | null {
  if (text.length > 80) return null
  const line = normaliseLine(text)
  const exact = EXACT_INDEX.get(line)
  if (exact === 'comments' || exact === 'author-bio' || exact === 'tags') return verdict(exact)
  // Of the read-more lines, only those that title a list: "Read more" or "Baca juga" is a link label.
  if (exact === 'read-more' && !LINK_LABELS.has(line)) return verdict(exact)
  if (/^(?:more (?:from|great|stories|news|on)|related |recommended |you (?:may|might) also)/.test(line))
    return verdict('read-more')
  return null
}

function verdict(rule: string): LineVerdict {
  return { rule, reason: reasonOf(rule) }
}
