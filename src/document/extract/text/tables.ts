/**
 * Vocabulary and pattern tables of the plain-text cleaner. Every line-level
 * decision that rests on words rather than shape lives here, so that a new
 * language or a new kind of page junk is a table entry, not new code.
 */
import {
  APP_PROMPT,
  CHANNEL_PROMPT,
  CLASSIFIED_OFFER,
  hasTipsChannel,
  isAppPrompt,
  isChannelPrompt,
  isClassifiedAd,
  isNewsletterOffer,
  MESSAGING_APPS,
  NEWSLETTER_OFFER,
  NEWSLETTER_SIGN_UP,
  SYNDICATION_LINE,
  SYNDICATION_NOTE,
  TIPS_INVITATION,
  TIPS_KEYWORDS,
} from '../blocks.js'

/** A line-level junk rule: a line matching `pattern` is page furniture, not report. */
export interface JunkRule {
  /** Stable rule id reported in `Removed.rule`. */
  rule: string
  /** Human-readable reason reported in `Removed.reason`. */
  reason: string
  /** Tested against the whole (trimmed, whitespace-collapsed) line; any one matching is enough. */
  pattern: RegExp | readonly RegExp[]
  /** A further test of a line a pattern matched, for a rule that is more than a pattern (optional). */
  test?: (line: Line) => boolean
  /** A longer line is never removed by this rule (default: the cleaner's `junkMaxLength`). */
  maxLength?: number
  /**
   * What must follow the match for the rule to hold: `names` — only names,
   * places and credit glue ("Reporting by Jane Doe in Lisbon; Editing by Ali
   * Khan"), so that "Reporting by the agency showed …" stays a paragraph.
   */
  tail?: 'names'
}

/** A line as the rules see it. */
export interface Line {
  text: string
  /** `text` lower-cased. */
  lower: string
  /** The {@link GUARD_WORDS} among its lower-cased word tokens, for keyword pre-tests. */
  keywords: readonly string[]
}

/** Patterns made by {@link caseless}: tested against the lower-cased line. */
const CASELESS = new WeakSet<RegExp>()
/** Upper-case letters outside escapes (`\\S`, `\\p{Lu}`) in a pattern's source. */
const UPPER_IN_SOURCE = /[A-Z\u00C0-\u00DE]/

/**
 * Make a case-insensitive pattern fast: compile it without the `i` flag and
 * mark it to be tested against lower-cased text (V8 runs `iu` patterns some
 * 25 times slower, and this stage must take well under a millisecond per
 * article). Its literals must be written in lower case, which is checked.
 */
export function caseless(pattern: RegExp): RegExp {
  const bare = pattern.source.replace(/\\p\{[^}]*\}|\\[A-Za-z]/g, '')
  if (UPPER_IN_SOURCE.test(bare)) throw new Error(`caseless pattern must be lower case: ${pattern.source}`)
  const compiled = new RegExp(pattern.source, pattern.flags.replace('i', ''))
  CASELESS.add(compiled)
  return compiled
}

/** Keywords registered by {@link guarded}: whole words, and other strings looked for as substrings. */
const GUARDS = new WeakMap<RegExp, { words: readonly string[]; substrings: readonly string[] }>()
const WHOLE_WORD = /^[\p{L}\p{N}]+$/u
/**
 * Every whole-word keyword of a {@link guarded} pattern. A line is matched
 * against this one set (token by token) to list the keywords it holds, which
 * is cheaper than giving each line a set of its own words.
 */
export const GUARD_WORDS = new Set<string>()

/**
 * Give an unanchored pattern a cheap pre-test: it is only run on lines that
 * contain one of `keywords` — as a word when the keyword is a word (`pose`),
 * else as a substring of the lower-cased line (`(`, `l-r`, `sign up`). A set
 * lookup is far cheaper than a regular expression that must try every
 * position.
 */
export function guarded(keywords: readonly string[], pattern: RegExp): RegExp {
  const words = keywords.filter((keyword) => WHOLE_WORD.test(keyword))
  for (const word of words) GUARD_WORDS.add(word)
  GUARDS.set(pattern, { words, substrings: keywords.filter((keyword) => !WHOLE_WORD.test(keyword)) })
  return pattern
}

/**
 * Run `pattern` on `line`: skipped when a {@link guarded} pattern's keywords
 * are absent, and run on the lower-cased text when it is {@link caseless}.
 */
export function matchLine(pattern: RegExp, line: Line): RegExpExecArray | null {
  const guard = GUARDS.get(pattern)
  if (
    guard &&
    !(line.keywords.length > 0 && guard.words.some((word) => line.keywords.includes(word))) &&
    !guard.substrings.some((substring) => line.lower.includes(substring))
  ) {
    return null
  }
  return pattern.exec(CASELESS.has(pattern) ? line.lower : line.text)
}

/** Escape a literal for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A phrase as written in prose: lower case, sentence case and title case. */
function caseVariants(phrase: string): string[] {
  const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
  return [phrase, upperFirst(phrase), phrase.split(' ').map(upperFirst).join(' ')]
}

/** Alternation of literal phrases, longest first so a longer label wins. */
function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+'))
    .join('|')
}

/**
 * Labels that introduce a link to another article ("Read more: …"), in a few
 * languages. A line starting with one of these, followed by a separator, is a
 * cross-link; a line holding only the label heads a list of linked titles.
 */
export const CROSS_LINK_LABELS: readonly string[] = [
  // English
  'read more',
  'read also',
  'also read',
  'read next',
  'read',
  'see also',
  'also see',
  'related',
  'related article',
  'related articles',
  'related story',
  'related stories',
  'related coverage',
  'related content',
  'related news',
  'related links',
  'related reading',
  'more on this',
  'more on this story',
  'more on this topic',
  'more from',
  'more stories',
  'more news',
  'more',
  'recommended',
  'recommended reading',
  'recommended stories',
  'further reading',
  'you may also like',
  'you might also like',
  'you may be interested in',
  "don't miss",
  'must read',
  'trending',
  'trending now',
  'most read',
  'most popular',
  'popular now',
  'top stories',
  'latest news',
  'latest stories',
  'top news',
  'most viewed',
  'most shared',
  "editor's picks",
  'editors’ picks',
  'popular',
  'around the web',
  'from our partners',
  'sponsored stories',
  'recommended for you',
  'what to read next',
  'up next',
  'also on',
  'watch',
  'video',
  'listen',
  'in pictures',
  'continue reading',
  'suggested',
  'explore more',
  // German
  'lesen sie auch',
  'lesen sie mehr',
  'mehr zum thema',
  'auch interessant',
  'das könnte sie auch interessieren',
  'siehe auch',
  'zum thema',
  'weiterlesen',
  'meistgelesen',
  // French
  'lire aussi',
  'à lire aussi',
  'a lire aussi',
  'lire également',
  'à lire également',
  'voir aussi',
  'sur le même sujet',
  'en savoir plus',
  'lire la suite',
  // Spanish
  'lee también',
  'lea también',
  'leer más',
  'ver también',
  'te puede interesar',
  'le puede interesar',
  'también te puede interesar',
  'noticias relacionadas',
  'relacionado',
  'relacionados',
  'más información',
  'sigue leyendo',
  // Italian, Portuguese, Dutch
  'leggi anche',
  'vedi anche',
  'leia também',
  'leia mais',
  'veja também',
  'saiba mais',
  'lees ook',
  'lees meer',
  'zie ook',
]

/**
 * Labels that, being several words long, may introduce a linked title with
 * only a space (`Read more Council …`): news prose does not open that way.
 * Single words ("Related", "More") and phrases that can open a real sentence
 * ("Also on Friday", "Zum Thema Klimaschutz …") are left out.
 */
export const LOOSE_CROSS_LINK_LABELS: readonly string[] = [
  'read more',
  'read also',
  'also read',
  'read next',
  'see also',
  'also see',
  'related article',
  'related articles',
  'related story',
  'related stories',
  'related coverage',
  'related content',
  'related news',
  'related links',
  'recommended reading',
  'recommended stories',
  'further reading',
  'you may also like',
  'you might also like',
  'lesen sie auch',
  'lesen sie mehr',
  'mehr zum thema',
  'siehe auch',
  'lire aussi',
  'à lire aussi',
  'a lire aussi',
  'lire également',
  'à lire également',
  'voir aussi',
  'lee también',
  'lea también',
  'leer más',
  'ver también',
  'te puede interesar',
  'leggi anche',
  'vedi anche',
  'leia também',
  'leia mais',
  'veja também',
  'lees ook',
  'zie ook',
]

/** Labels that may stand in capitals before a linked title with only a space (`RELATED Council …`). */
export const CAPS_CROSS_LINK_LABELS: readonly string[] = [
  ...LOOSE_CROSS_LINK_LABELS.map((label) => label.toUpperCase()),
  'RELATED',
  'WATCH',
  'VIDEO',
]

const LABELS = alternation(CROSS_LINK_LABELS)
/** Bullets, brackets and quotes that may come before a label. */
const LABEL_LEAD = '^[\\s\\[(«"“•*·▪►▶-]*'
/**
 * Separators that may follow a label: colon, bar, chevrons, arrows, ellipsis,
 * a long dash; a hyphen only after a space (so "More-than-expected" is prose).
 */
const LABEL_SEPARATOR = '(?:\\s*[:：|»›>→▶►…–—]|\\s+-)'
/** What may open the linked title after a bare space: a capital, a digit or a quote. */
const TITLE_START = '[\\p{Lu}\\p{N}"“\'‘]'

/**
 * A cross-link: a label and a separator, then the linked title (`Read more:
 * Council …`); or a multi-word label, a space and a capitalised title; or a
 * capitalised label and a capitalised title (`ALSO READ Council …`). Built
 * without the `i` flag where a capital is required, since `\p{Lu}` under `iu`
 * matches any letter.
 */
export const CROSS_LINK: readonly RegExp[] = [
  caseless(new RegExp(`${LABEL_LEAD}(?:${LABELS})${LABEL_SEPARATOR}+\\s*\\S`, 'iu')),
  new RegExp(
    `${LABEL_LEAD}(?:${alternation(LOOSE_CROSS_LINK_LABELS.flatMap(caseVariants))})\\s+${TITLE_START}`,
    'u',
  ),
  new RegExp(`${LABEL_LEAD}(?:${alternation(CAPS_CROSS_LINK_LABELS)})\\s+${TITLE_START}`, 'u'),
]

/**
 * A line holding only a label (`Related stories`, `Read more ›`): the head of a
 * list of linked titles. The lines under it are removed as `teaser-list`
 * while they look like bare titles.
 */
export const CROSS_LINK_HEADER = caseless(
  new RegExp(`${LABEL_LEAD}(?:${LABELS})(?:${LABEL_SEPARATOR}|[)\\]»"”])*\\s*$`, 'iu'),
)

/** Whole-line labels that mark an advertisement slot. */
export const ADVERTISEMENT_LABELS: readonly string[] = [
  'advertisement',
  'advertisements',
  'advert',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'paid content',
  'paid post',
  'promoted',
  'promoted content',
  'partner content',
  'story continues below advertisement',
  'article continues below advertisement',
  'article continues below',
  'story continues below',
  'continue reading below',
  'scroll to continue with content',
  'anzeige',
  'werbung',
  'publicité',
  'publicidad',
  'pubblicità',
  'publicidade',
  'advertentie',
]

/** Words that, on a line of nothing else, make a row of share buttons. */
export const SHARE_WORDS: readonly string[] = [
  'share',
  'print this article',
  'print this page',
  'print article',
  'email to a friend',
  'email this article',
  'email this story',
  'send to a friend',
  'save article',
  'share this',
  'share this article',
  'share this story',
  'share article',
  'share on',
  'share via',
  'shares',
  'tweet',
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'email',
  'e-mail',
  'mail',
  'whatsapp',
  'reddit',
  'telegram',
  'print',
  'copy link',
  'copy',
  'link copied',
  'pinterest',
  'messenger',
  'flipboard',
  'bluesky',
  'threads',
  'sms',
  'teilen',
  'drucken',
  'partager',
  'imprimer',
  'compartir',
  'imprimir',
  'condividi',
  'compartilhar',
  'delen',
]

/** Social networks named in follow prompts. */
/**
 * "Back to top", "Back to homepage": page navigation, matched as whole words
 * on a line of its own or among share buttons ("Back to paper" is a section
 * heading, not navigation).
 */
const BACK_TO_NAV =
  'back to (?:the )?(?:top|home|homepage|home page|front page|main page|start|index|menu|list|search|search results|results|overview|previous page|all news|news|articles|stories)'
/** "Back to Business": back to any section, only in a list of share buttons (a separator on the line). */
const BACK_TO = 'back to [\\p{L}&]+(?: [\\p{L}&]+)?'
const NETWORKS =
  'facebook|twitter|x|instagram|linkedin|youtube|tiktok|telegram|threads|bluesky|mastodon|whatsapp|google news|social media|snapchat'

/**
 * Lower-case words allowed in a credit's list of names ("Reporting by Jane
 * Doe in Lisbon and Ali Khan; Editing by Mia Lee"): anything else means the
 * line is a sentence, not a credit.
 */
export const CREDIT_GLUE: ReadonlySet<string> = new Set(
  'and by in at from with for of the editing writing reporting additional further compiled edited graphics translation translated photography video research production produced written contributed contribution staff und von mit aus in et par avec de des du y por con en desde e di da'.split(
    ' ',
  ),
)

/** Lower-case particles allowed inside a personal name (`Ursula von der Leyen`, `Luiz Inácio da Silva`). */
const NAME_PARTICLE_LIST: readonly string[] =
  'de van von der den da di del della la le du dos das ter ten bin ibn al el y zu'.split(' ')
const NAME_PARTICLE = `(?:${NAME_PARTICLE_LIST.join('|')})`
/** A person's name as written: two to four capitalised words, particles between. */
const PERSON_NAME = `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:${NAME_PARTICLE}\\s+)*\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,3}`

/**
 * A page counter of views, reads or shares, as a line or a part of a meta
 * line: "Views: 2,361", "1.2k views", "Reads 940", "Shares: 12".
 */
export const VIEW_COUNTER = caseless(
  /^(?:(?:views?|reads|hits|shares|seen)\s*[:：]?\s*\d[\d,. ]*k?|\d[\d,.]*\s*k?\s+(?:views?|reads|shares))$/iu,
)

/**
 * Line-level junk, tested in order (the first match wins). A line longer
 * than the rule's `maxLength` (default `junkMaxLength`) is never removed by
 * it, however it starts: it is more likely a real paragraph that happens to
 * use the words.
 */
export const JUNK_RULES: readonly JunkRule[] = [
  {
    rule: 'separator',
    reason: 'decorative separator line',
    pattern: /^[\s*_=~•·#.\-–—]{3,}$/u,
  },
  {
    rule: 'cross-link',
    reason: 'cross-link to another article',
    pattern: CROSS_LINK,
  },
  {
    rule: 'cross-link',
    reason: 'cross-link to another article',
    // "More from Delta Tribune: Padma bridge …": a label, a short name, a colon, a title.
    pattern: caseless(
      /^(?:more|latest|also|more stories|more news|recommended) (?:from|on|in) [^:]{1,40}:\s*\S/iu,
    ),
  },
  {
    rule: 'advertisement',
    reason: 'advertisement slot',
    pattern: caseless(
      new RegExp(`^[\\s\\[(–—-]*(?:${alternation(ADVERTISEMENT_LABELS)})[\\s\\])–—:.-]*$`, 'iu'),
    ),
  },
  {
    rule: 'share-prompt',
    reason: 'share buttons',
    pattern: caseless(
      new RegExp(`^(?:(?:${alternation(SHARE_WORDS)}|${BACK_TO_NAV})(?:[\\s|·•,/:;-]+|$))+$`, 'iu'),
    ),
  },
  {
    rule: 'share-prompt',
    reason: 'share buttons',
    // "Print this article | Email to a friend | Back to Business": a link back to a section among buttons.
    pattern: caseless(
      new RegExp(
        `^(?:(?:${alternation(SHARE_WORDS)}|${BACK_TO})\\s*[|·•/]\\s*)+(?:${alternation(SHARE_WORDS)}|${BACK_TO})$`,
        'iu',
      ),
    ),
  },
  {
    rule: 'share-prompt',
    reason: 'share prompt',
    pattern: guarded(
      ['share', 'teilen', 'partagez', 'comparte', 'condividi'],
      caseless(
        /\bshare (?:this|the) (?:article|story|page|post)\b|\bshare on (?:facebook|twitter|x|linkedin|whatsapp)\b|\bteilen sie diesen artikel\b|\bpartagez cet article\b|\bcomparte esta (?:noticia|nota)\b|\bcondividi (?:questo|l')articolo\b/iu,
      ),
    ),
  },
  {
    rule: 'subscribe-prompt',
    reason: 'subscription or newsletter prompt',
    pattern: [
      // Imperatives that open a prompt: "Subscribe now", "Sign up for our newsletter".
      caseless(
        /^(?:subscribe(?:$|[.!]|\s+(?:now|today|here|for (?:free|full|unlimited|just|only)|to\b))|sign up(?:$|[.!]|\s+(?:now|here|today|for (?:free|(?:our|the|a) (?:free )?(?:\w+ )?(?:newsletter|briefing|email|alerts|updates)|(?:free |daily |weekly |morning |evening )?(?:newsletter|briefing|email|alerts|updates))|to (?:get|receive|our)))|(?:sign|log) in(?:$|[.!]|\s+(?:to (?:continue|read|comment|your account)|now|here))|register (?:now|for free)|already a subscriber|become a (?:member|subscriber|supporter)|start your free trial|unlock (?:this|unlimited|full))/iu,
      ),
      // "Sign up to The Coastal Herald's morning briefing …": the outlet's own list.
      caseless(NEWSLETTER_SIGN_UP),
      // A prompt closing a line: "… every morning. Subscribe for free."
      caseless(/[.!?]\s+(?:subscribe|sign up)(?:\s+(?:now|today|here|for free))?[.!]?$/iu),
      guarded(
        [
          'newsletter',
          'newsletters',
          'inbox',
          'journalism',
          'subscribers',
          'subscriber',
          'abonnieren',
          'anmelden',
          'abonnez',
          'inscrivez',
          'suscríbete',
          'suscribirse',
          'iscriviti',
          'assine',
        ],
        caseless(
          /\bnewsletters?\b.*\b(?:sign up|subscribe|inbox)\b|\bin(?:to)? your inbox\b|\b(?:sign up|subscribe)\b.*\bnewsletters?\b|\bdelivered (?:straight |directly )?to your inbox\b|\bsupport (?:our|independent|quality) journalism\b|\bsubscribers? only\b|\b(?:newsletter abonnieren|jetzt abonnieren|jetzt anmelden|abonnez-vous|inscrivez-vous à notre|suscríbete|suscribirse a|iscriviti alla|assine já)\b/iu,
        ),
      ),
    ],
  },
  {
    rule: 'subscribe-prompt',
    reason: "offer of the outlet's newsletter",
    // "Get the Coastal Herald daily digest - free every weekday morning": see `isNewsletterOffer`.
    pattern: caseless(NEWSLETTER_OFFER),
    test: (line) => isNewsletterOffer(line.lower),
  },
  {
    rule: 'advertisement',
    reason: 'classified ad (an item for sale and a phone number)',
    // "Used trawl net for sale - good condition - call +47 912 34 567": see `isClassifiedAd`.
    pattern: caseless(CLASSIFIED_OFFER),
    test: (line) => isClassifiedAd(line.lower),
  },
  {
    rule: 'subscribe-prompt',
    reason: "prompt to get the outlet's app",
    // "Download the Metro24 app and turn on notifications …": see `isAppPrompt`.
    pattern: guarded(['app'], caseless(APP_PROMPT)),
    test: (line) => isAppPrompt(line.lower),
  },
  {
    rule: 'follow-prompt',
    reason: 'follow-us prompt',
    pattern: [
      caseless(
        new RegExp(
          `(?:^|[.!?]\\s+)follow (?:us|@\\S+|[\\p{L}][\\p{L}.&' -]{0,40}?) (?:on|at|via) (?:${NETWORKS})\\b`,
          'iu',
        ),
      ),
      caseless(/^(?:follow us|folgen sie uns|suivez-nous|síguenos|seguici|siga-nos|volg ons)\b/iu),
    ],
  },
  {
    rule: 'follow-prompt',
    reason: 'messaging-channel prompt',
    // "Join our Telegram channel @handle so you never miss the news": see `isChannelPrompt`.
    pattern: guarded(MESSAGING_APPS, caseless(CHANNEL_PROMPT)),
    test: (line) => isChannelPrompt(line.lower),
  },
  {
    rule: 'click-here',
    reason: 'click-here prompt',
    pattern: guarded(
      ['click', 'tap', 'klicken', 'cliquez', 'clic', 'clicca', 'clique', 'klik', 'pulse'],
      caseless(
        /\b(?:click here|tap here|click to (?:read|see|view|enlarge|watch|play)|klicken sie hier|hier klicken|cliquez ici|haga clic aquí|pulse aquí|clicca qui|clique aqui|klik hier)\b/iu,
      ),
    ),
  },
  {
    rule: 'cookie-notice',
    reason: 'cookie notice',
    pattern: guarded(
      ['cookie', 'cookies'],
      caseless(
        /\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|use of cookies|cookie (?:policy|settings|preferences|consent)|(?:accept|reject|manage) (?:all )?cookies|wir verwenden cookies|diese (?:web)?seite verwendet cookies|nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies|este sitio (?:web )?utiliza cookies)\b/iu,
      ),
    ),
  },
  {
    rule: 'credit',
    reason: 'reporting/editing credit',
    pattern: caseless(
      /^[[(]?\s*(?:additional |further )?(?:reporting|writing|editing|graphics|photography|translation|translated|contributed) by\b|^[[(]?\s*(?:mit material von|mitarbeit:|redaktion:|bearbeitet von|rédaction\s*:|avec (?:l'|les )?agences?|con información de|redacción\s*:|edición\s*:|edición de|com informações d[aeo]s?)/iu,
    ),
    tail: 'names',
  },
  {
    rule: 'credit',
    reason: 'reporter/editor credit',
    // "Reporter: Jane Doe | Editor: Ali Khan"; the rest must be names.
    pattern: caseless(
      /^(?:reporter|reporting|reported by|editor|edited by|editing|writer|written by|author|text|words|producer|graphics|compiled by|additional reporting)\s*:\s*/iu,
    ),
    tail: 'names',
  },
  {
    rule: 'credit',
    reason: 'syndication or licence note',
    // "This article is published under licence from …", "This story was first published by …".
    pattern: caseless(SYNDICATION_NOTE),
  },
  {
    rule: 'credit',
    reason: 'syndication or licence note',
    // "Distributed by Bluewater Press. Republished under licence.", the whole line.
    pattern: SYNDICATION_LINE,
  },
  {
    rule: 'credit',
    reason: 'contributor credit',
    // "Jane Doe and Ali Khan contributed reporting from Lisbon."
    pattern: guarded(
      ['contributed'],
      new RegExp(
        `^${PERSON_NAME}(?:(?:,|,? and| und| et| y| e)\\s+${PERSON_NAME})*\\s+contributed (?:additional )?(?:reporting|to this (?:report|article|story))(?:\\s+(?:from|in)\\s+\\p{Lu}[\\p{L}\\p{M}.'’ -]{0,40})?\\.?$`,
        'u',
      ),
    ),
  },
  {
    rule: 'tips-prompt',
    reason: 'call for news tips',
    // "Got a story? Text us on 0800 …", "Send us your tips at news@…": an invitation and a channel.
    pattern: guarded(TIPS_KEYWORDS, caseless(TIPS_INVITATION)),
    test: (line) => hasTipsChannel(line.lower),
  },
  {
    rule: 'credit',
    reason: 'contact line',
    pattern: caseless(
      /^(?:write to|contact(?: the (?:author|reporter|writer))?|e-?mail|reach)\b[^@]{0,80}\S@\S/iu,
    ),
  },
  {
    rule: 'credit',
    reason: 'agency credit',
    // "(dpa)", "(Agency/Agency)", "— AP" on a line of their own.
    pattern:
      /^(?:\(\s*\p{L}{2,12}(?:\s*[/,]\s*\p{L}{2,12})*\s*\)|[–—]\s*\p{Lu}{2,8}(?:\s*[/,]\s*\p{Lu}{2,8})*)$/u,
  },
  {
    rule: 'copyright',
    reason: 'copyright notice',
    pattern: guarded(
      ['©', '(c)', 'copyright', 'reserved', 'vorbehalten', 'réservés', 'reservados', 'riservati', 'may'],
      caseless(
        /^(?:©|\(c\)\s*\d|copyright\s*(?:©|\(c\)|\d{4}))|\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados)\b|\bmay not be (?:published|reproduced|redistributed|broadcast),\s*(?:broadcast|rewritten|redistributed|reproduced)\b/iu,
      ),
    ),
  },
  {
    rule: 'photo-credit',
    reason: 'photo credit with no description',
    pattern: [
      caseless(
        /^[[(]?\s*(?:photo(?:graph)?s?|images?|pictures?|picture credit|photo credit|image source|credit|source|foto|fotos|bild|bilder|crédit photo|crédits photo)\s*[:,]\s*[^.!?]{1,60}[)\]]?$/iu,
      ),
      // "(Getty Images)", "(Agency/Getty Images)" alone on a line.
      /^\([^()]{0,40}\bImages\)$/u,
    ],
  },
  {
    rule: 'page-meta',
    reason: 'view counter',
    pattern: caseless(VIEW_COUNTER),
    maxLength: 40,
  },
  {
    rule: 'page-meta',
    reason: 'reading-time note',
    pattern: caseless(
      /^\d+\s*(?:min(?:ute)?s?\.?)\s*(?:read|lesezeit|de lecture|de lectura|di lettura)$|^(?:reading time|lesezeit|temps de lecture|tiempo de lectura)\b.{0,30}$/iu,
    ),
  },
  {
    rule: 'comments-prompt',
    reason: 'comments prompt',
    pattern: caseless(
      /^(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti)(?:\s*\(\d+\))?$|^(?:show|view|load|read|leave|add|post|join)\s+(?:a\s+|the\s+|all\s+|more\s+)?(?:\d+\s+)?(?:comments?|conversation|discussion)\b|^(?:sign in|log in|register) to (?:comment|reply)\b/iu,
    ),
    maxLength: 60,
  },
  {
    rule: 'boilerplate',
    reason: "the outlet's standing notice",
    pattern: caseless(
      /^(?:our (?:standards|editorial standards|principles|code of conduct)|editorial standards|corrections policy|trust principles)\s*[:.-]/iu,
    ),
  },
  {
    rule: 'tags',
    reason: 'topic tags',
    pattern: caseless(
      /^(?:tags?|topics?|filed under|keywords|categories|category|schlagwörter|themen|mots-clés|etiquetas|temas)\s*:\s*\S/iu,
    ),
  },
  {
    rule: 'media-prompt',
    reason: 'audio/video player text',
    pattern: caseless(
      /^(?:listen to (?:this|the) (?:article|story)|play video|watch (?:the )?video|video player|click to play|press play|skip ad|audio (?:version|player))\b|^\d{1,2}:\d{2}(?::\d{2})?$/iu,
    ),
    maxLength: 80,
  },
  {
    rule: 'end-mark',
    reason: 'end-of-copy mark',
    pattern: caseless(/^(?:-+\s*30\s*-+|#{3,}|\(?ends?\)?|\(?fin\)?|ende|xxx|\[?eom\]?)\.?$/iu),
  },
]

/**
 * Section labels ("World", "Politics", "Analysis") that sit above a headline
 * on a scraped page. Removed (rule `kicker`) only before the headline.
 */
export const KICKER_LABELS: readonly string[] = [
  'world',
  'world news',
  'news',
  'latest',
  'politics',
  'business',
  'economy',
  'markets',
  'finance',
  'tech',
  'technology',
  'science',
  'health',
  'sport',
  'sports',
  'culture',
  'opinion',
  'analysis',
  'comment',
  'editorial',
  'exclusive',
  'breaking',
  'breaking news',
  'live',
  'explainer',
  'feature',
  'international',
  'national',
  'local',
  'asia',
  'asia pacific',
  'asia-pacific',
  'europe',
  'africa',
  'americas',
  'middle east',
  'defence',
  'defense',
  'security',
  'diplomacy',
  'environment',
  'climate',
  'politik',
  'wirtschaft',
  'ausland',
  'inland',
  'meinung',
  'kultur',
  'monde',
  'politique',
  'économie',
  'société',
  'mundo',
  'política',
  'economía',
  'internacional',
  'opinión',
  'sociedad',
]

/** A line holding only a section label. */
export const KICKER = caseless(new RegExp(`^(?:${alternation(KICKER_LABELS)})$`, 'iu'))

/** Separators of a breadcrumb trail (`Home › World › Asia`, `News / Europe / Portugal`). */
export const BREADCRUMB_SEPARATOR = /\s*[›»>]\s*|\s[/|]\s/u
/** First crumbs that make a trail out of a single separator (`Home › Asia`). */
export const BREADCRUMB_HOME = caseless(/^(?:home|start|accueil|inicio|startseite|portada)$/iu)

/**
 * Date and time words, in a few languages: a line made only of these, numbers
 * and a time zone is a date stamp, not report.
 */
export const MONTHS: ReadonlySet<string> = new Set([
  // months (full and abbreviated) in English, German, French, Spanish
  ...'january february march april may june july august september october november december'.split(' '),
  ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
  ...'januar februar märz mai juni juli oktober dezember'.split(' '),
  ...'janvier février mars avril juin juillet août septembre octobre novembre décembre'.split(' '),
  ...'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'.split(
    ' ',
  ),
])

/**
 * Date and time words, in a few languages: a line made only of these, numbers
 * and a time zone is a date stamp, not report.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  // weekdays
  ...'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(
    ' ',
  ),
  ...'montag dienstag mittwoch donnerstag freitag samstag sonntag'.split(' '),
  ...'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(' '),
  ...'lunes martes miércoles jueves viernes sábado domingo'.split(' '),
  // glue and clock words
  ...'am pm a.m p.m on at of the um uhr le à el de del h hrs ago hour hours minute minutes mins day days'.split(
    ' ',
  ),
  ...'published updated last modified posted first veröffentlicht aktualisiert zuletzt stand publié mis à jour publicado actualizado'.split(
    ' ',
  ),
])

/** A line that names the publication or update time (`Updated: 1 Nov 2024 10:12 JST`). */
export const PAGE_META_LABEL = caseless(
  /^(?:published|updated|last updated|last modified|modified|posted|first published|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|publié|mis à jour|publicado|actualizado)\b/iu,
)

/**
 * Bullets that open a list item. The glyph is stripped from the kept text;
 * numbered items (`1.`, `2)`) keep their number, which is content.
 */
export const BULLET = /^[•◦▪▫●○■□►▸‣⁃∙·*–—-]\s+/u
export const NUMBERED_ITEM = /^\d{1,2}[.)]\s+\S/u
/** Quoted-reply style block quote (`> …`). */
export const QUOTE_MARKER = /^>\s?/u
/** How a caption is recognised. */
export interface CaptionRule {
  /** Rule id reported on the kept `caption` block. */
  rule: string
  /** Any one matching is enough. */
  pattern: readonly RegExp[]
}

/** Month names and abbreviations as they are written (capitalised or in capitals). */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\\.?'

/**
 * Position markers of people in a photo: `(L)`, `(2nd R)`, `(C, front)`,
 * "(from left)", "From left, …", and German, French and Spanish equivalents.
 * Single letters match in capitals only and after a space, so that a list
 * enumeration "(a), (b), (c)" or a trademark sign is not taken for one; "from
 * left" must be set off by punctuation, so "criticism from left-wing parties"
 * is prose.
 */
const POSITION_MARKERS: readonly RegExp[] = [
  guarded(
    ['('],
    /\s\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|CL|CR|C-L|C-R|L-R)(?:,\s*(?:front|back|top|bottom|rear))?\)/u,
  ),
  guarded(
    ['('],
    /\((?:\d(?:st|nd|rd|th)\s+)?(?:left|right|cent(?:er|re)|top|bottom|front|back|rear|foreground|background|l\.|r\.|M\.|li\.|re\.|à g\.|à d\.|izq\.|der\.|izda\.|dcha\.)(?:,\s*(?:front|back|top|bottom|rear|left|right))?\)/u,
  ),
  guarded(
    ['left', 'l-r', 'v.', 'links', 'gauche', 'izquierda'],
    caseless(
      /(?:^|\()(?:from left|left to right|clockwise from (?:top|left)|l-r|von links(?: nach rechts)?|de gauche à droite|de izquierda a derecha)\s*[,:)]|\bv\.\s?l\.\s?n\.\s?r\.|\(l-r\)|\bl-r:/iu,
    ),
  ),
]

/**
 * A photo credit inside a caption: `(Agency/Getty Images)` or `(… Images)` at
 * the end, `AGENCY/Jane Doe` at the end, `Photo: …`, `Photograph by …`.
 * Structural, so no agency needs naming.
 */
const PHOTO_CREDITS: readonly RegExp[] = [
  guarded(['/'], /\(\p{Lu}[\p{L}.&' -]*(?:\s*\/\s*\p{Lu}[\p{L}.&' -]*)+\)\s*$/u),
  guarded(['images)'], /\([^()]*\bImages\)\s*$/u),
  guarded(['/'], /\b\p{Lu}{2,}(?:\s\p{Lu}{2,})*\s?\/\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*\s*$/u),
  guarded(
    [
      'photo',
      'photos',
      'photograph',
      'image',
      'images',
      'picture',
      'pictures',
      'credit',
      'foto',
      'bild',
      'getty',
    ],
    caseless(
      /(?:^|[\s|([])(?:photo(?:graph)?s?|images?|pictures?|credit|foto|bild)\s*(?::|by\b)\s*\S|\bvia getty\b|\bfile photo\b/iu,
    ),
  ),
]

/**
 * Verbs of a photo description in the present tense, where a body paragraph
 * would use the past: people pose (for a photo, following, during …), are
 * seen, shake hands, look on, gesture, wave. "Pose" must be followed by a
 * preposition, so "the rules pose a threat" is prose.
 */
const POSES: readonly RegExp[] = [
  guarded(
    ['pose', 'poses', 'posed'],
    caseless(
      /\b(?:poses?|posed)\s+(?:for\s+(?:a\s+|the\s+)?(?:family\s+|group\s+|joint\s+)?(?:photo|photos|picture|pictures|photograph|photographs|photographers|cameras)|following|during|ahead of|after|before|with|together|outside|inside|in front of)\b/iu,
    ),
  ),
  guarded(
    ['seen'],
    caseless(
      /\b(?:is|are) seen\s+(?:during|following|before|after|ahead of|outside|inside|near|in front of)\b/iu,
    ),
  ),
  guarded(
    ['hands', 'look', 'looks', 'gesture', 'gestures', 'wave', 'waves'],
    caseless(
      /\bshakes? hands\b|\blooks? on(?:\s+(?:as|while|during|from)\b|[,.]|$)|\bgestures?\s+(?:as|while|during|to|following)\b|\bwaves?\s+(?:to|as|from|during)\b/iu,
    ),
  ),
]

/** Caption prefixes (`FILE PHOTO:`, `Pictured:`, `Image caption,`). */
const CAPTION_PREFIXES: readonly RegExp[] = [
  caseless(
    /^(?:file photo|file picture|pictured|main picture|main image|image caption|media caption|photo caption|caption|bildunterschrift|légende)\s*[:,—–-]\s*\S/iu,
  ),
]

/**
 * A place and a full date with the year at the end (`… in Lima on March 3,
 * 2024.`): captions date the photo in full, body paragraphs say "on Friday".
 * Taken as a caption only with a present-tense verb of {@link CAPTION_VERBS}.
 */
export const PLACE_AND_FULL_DATE = new RegExp(
  `\\b(?:in|at|near|outside)\\s+\\p{Lu}[\\p{L}'’. -]*?,?\\s+(?:on\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})\\.?\\s*$`,
  'u',
)

/** Present-tense verbs of a caption's description (used with {@link PLACE_AND_FULL_DATE}). */
export const CAPTION_VERBS = caseless(
  /\b(?:attends?|arrives?|speaks?|talks?|walks?|stands?|sits?|holds?|reacts?|listens?|greets?|embraces?|celebrates?|inspects?|delivers?|addresses|chats?|leaves?|marches|gathers?|protests?|searches|carries|queues?|rides?|watches|visits?|meets?|takes? part|lays?|pays? tribute)\b/iu,
)

/**
 * A photo credit closing a caption, to be set apart from the description:
 * `… 2025. Picture: Supplied`, `… (Photo: Jane Doe/Agency)`, `… (Agency/Getty
 * Images)`, `… AGENCY/Jane Doe`. Each match starts at the credit.
 */
export const CAPTION_CREDIT_TAILS: readonly RegExp[] = [
  caseless(
    /(?:\s*[|–—-])?\s*[([]?(?:photo(?:graph)?s?|pictures?|images?|credit|foto|bild|source)\s*(?::|by\b)\s*[^.!?()[\]|]{1,60}[)\]]?\s*$/iu,
  ),
  /\s*\(\p{Lu}[\p{L}.&' -]*(?:\s*\/\s*\p{Lu}[\p{L}.&' -]*)+\)\s*$/u,
  /\s*\([^()]*\bImages\)\s*$/u,
  /\s+\p{Lu}{2,}(?:\s\p{Lu}{2,})*\s?\/\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*\s*$/u,
]

/** Caption rules, tested in order; the first match names the rule. */
export const CAPTION_RULES: readonly CaptionRule[] = [
  { rule: 'caption-prefix', pattern: CAPTION_PREFIXES },
  { rule: 'caption-position', pattern: POSITION_MARKERS },
  { rule: 'caption-credit', pattern: PHOTO_CREDITS },
  { rule: 'caption-pose', pattern: POSES },
]

/** Byline lead-ins ("By", "Written by", "Reported by", "Von", "Par", "Por", "Di", "Door"). */
export const BYLINE_PREFIX = caseless(
  /^(?:(?:written|reported|words|story|posted) by|by|von|par|por|di|door)\s+(?=\S)/iu,
)

/**
 * Separators between the parts of a byline: commas, "and" in a few
 * languages, ampersands, bars, bullets, slashes and dashes.
 */
export const BYLINE_SPLIT = /\s*,\s*|\s+(?:and|und|et|y|e|en|&)\s+|\s*[|·•/]\s*|\s+[-–—]\s+/i

/** A nameless staff credit (`Staff Correspondent`, `Post News Service`, `Our Reporter`). */
export const BYLINE_STAFF =
  /\b(?:staff|correspondents?|reporters?|writers?|news service|news ?desk|newsroom|bureau|korrespondent(?:in)?|rédaction|redacción)\b/iu

/** Words that describe the writer's job, not the writer (`Staff Writer`, `Lisbon correspondent`). */
export const BYLINE_ROLE_WORDS: ReadonlySet<string> = new Set(
  'staff writer writers reporter reporters service correspondent correspondents editor editors editorial newsdesk columnist contributor contributors journalist journalists analyst bureau chief senior special political diplomatic defence defense foreign economics business science health desk team agencies agency newsroom wire wires staffs redakteur redakteurin korrespondent korrespondentin journaliste correspondant correspondante envoyé envoyée spécial spéciale corresponsal redactor redactora enviado enviada especial'.split(
    ' ',
  ),
)

/** Words in an outlet's name (`Daily News`, `Press Agency`): a part with one is the outlet. */
export const OUTLET_WORDS: ReadonlySet<string> = new Set(
  'news press agency times post herald tribune journal wire radio tv television media daily gazette telegraph chronicle review network broadcasting service online today weekly magazine zeitung presse nachrichten diario prensa agencia'.split(
    ' ',
  ),
)

/** {@link NAME_PARTICLE_LIST} as a set. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLE_LIST)

/**
 * Lower-case particles inside a place name (`Frankfurt am Main`, `Kingston
 * upon Hull`, `Boulogne sur Mer` written apart): allowed in
 * a credit's list of names and places only between two capitalised words.
 */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(
  'es am an upon sur sous les lès im ob bei na nad pod'.split(' '),
)

/**
 * A writer's job as an author bio names it ("… is the paper's health
 * correspondent"), in English, German, French, Spanish and Portuguese, in
 * lower case (the capitalised form, as in "Chief Political Correspondent",
 * matches too).
 */
export const BIO_ROLE_WORDS: readonly string[] = [
  // English
  'correspondent',
  'reporter',
  'editor',
  'writer',
  'journalist',
  'columnist',
  'contributor',
  'producer',
  'photographer',
  'photojournalist',
  'critic',
  'presenter',
  'freelancer',
  'stringer',
  // German
  'korrespondent',
  'korrespondentin',
  'redakteur',
  'redakteurin',
  'reporterin',
  'journalistin',
  'autor',
  'autorin',
  'kolumnist',
  'kolumnistin',
  // French
  'journaliste',
  'correspondant',
  'correspondante',
  'rédacteur',
  'rédactrice',
  'chroniqueur',
  'chroniqueuse',
  // Spanish
  'periodista',
  'corresponsal',
  'redactor',
  'redactora',
  'reportero',
  'reportera',
  'editora',
  'columnista',
  'cronista',
  // Portuguese
  'jornalista',
  'correspondente',
  'repórter',
  'redator',
  'redatora',
  'colunista',
]

/** Verbs that link a writer to the job they hold now ("is", "ist", "est", "es", "é"). */
export const BIO_PRESENT_VERBS: readonly string[] = ['is', 'has been', 'ist', 'est', 'es', 'é']
/** Verbs that link a writer to a job held before (an obituary's last line uses these too). */
export const BIO_PAST_VERBS: readonly string[] = ['was', 'war', 'était', 'era', 'foi']
/** Verbs of a beat, followed by "for"/"at" and the outlet ("… covers health for the Daily Globe"). */
export const BIO_BEAT_VERBS: readonly string[] = [
  'covers',
  'writes about',
  'writes on',
  'reports on',
  'reports from',
  'has covered',
  'has reported on',
  'has written about',
]
/** Who a bio is about when it names no one ("The author is a freelance journalist …"). */
export const BIO_SUBJECTS: readonly string[] = [
  'the author',
  'the writer',
  'the reporter',
  'der autor',
  'die autorin',
  "l'auteur",
  'l’auteur',
  "l'autrice",
  'l’autrice',
  'el autor',
  'la autora',
  'o autor',
  'a autora',
]

/**
 * Words that make a description part of the report ("… a reporter who was
 * detained in May", "… the editor that the court fined"), not a bio.
 */
export const BIO_CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'who whom whose which that when where after before because until while said says told weil als qui que quand quien cuando porque'.split(
    ' ',
  ),
)

/**
 * A way to reach the writer: an address, a handle, "follow her on", "send
 * him tips", "contact the author", in a few languages.
 */
export const BIO_CONTACT = caseless(
  /\S@\S|(?:^|\s)@[a-z0-9_]{2,}|\bfollow (?:him|her|them|me) (?:on|at|@)|\b(?:send|email|e-mail|message) (?:him|her|them|me)\b|\bcontact (?:him|her|them|me|the author|the reporter|the writer)\b|\breach (?:him|her|them|me) (?:at|on|via)\b|\b(?:story |news )?tips? (?:to|at)\b|\bfolgen sie (?:ihm|ihr)\b|\bsuivez-(?:le|la)\b|\bsíguel[oa]\b|\bsiga-(?:o|a)\b/u,
)

/** A capitalised first letter or a lower-case one: `[Cc]orrespondent`. */
function eitherCase(word: string): string {
  const first = word.charAt(0)
  return `[${first}${first.toUpperCase()}]${escapeRegExp(word.slice(1))}`
}

/**
 * The opening of an author bio: a person (or "The author") linked by a verb
 * to a writer's job within a few words ("Jane Doe is the Globe's health
 * correspondent", "Ana Ruiz was a reporter for …"), or to a beat at an outlet
 * ("Jane Doe covers health for the Daily Globe"). Group `verb` is the verb.
 */
export const BIO_OPENING: readonly RegExp[] = [
  new RegExp(
    `^(?:${PERSON_NAME}|${alternation(BIO_SUBJECTS.flatMap(caseVariants))})\\s+(?<verb>${alternation([...BIO_PRESENT_VERBS, ...BIO_PAST_VERBS])})\\s+(?:[^\\s.!?]+\\s+){0,8}?(?:${BIO_ROLE_WORDS.map(eitherCase).join('|')})(?:s|es)?(?=[\\s,.;:!?]|$)`,
    'u',
  ),
  new RegExp(
    `^(?:${PERSON_NAME}|${alternation(BIO_SUBJECTS.flatMap(caseVariants))})\\s+(?<verb>${alternation(BIO_BEAT_VERBS)})\\s+[^.!?]{1,80}?\\s(?:for|at|with)\\s+(?:the\\s+)?\\p{Lu}`,
    'u',
  ),
]

/**
 * A sign-off closing a report: a long dash and a name or an outlet, nothing
 * else ("— Jane Doe", "— Daily Globe", "-- Tidewire"). A hyphen and a space
 * open a list item, so a bare hyphen does not count.
 */
export const SIGN_OFF =
  /^(?:[–—]|--)\s*\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.&'’-]*|of|the|and|&|de|la|del|du|des|der|von|van)){0,4}\.?$/u

/**
 * Function words of English, German, French and Spanish, ignored when
 * measuring how much a line shares with the rest of the document.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    // English
    'the and for are but not you all any can had her was one our out has him his how its may new now old see two way who did get let put say she too use that with have this will your from they been more when some than them were what which their there would about after into also over such just most other could should these those only then very many much where while says said here being both each through under does during before because against between among amid without within since still well even told like',
    // German
    'der die das und ist nicht ein eine einer eines dem den des mit von auf für als auch sich bei nach aus wie wird werden hat sind war noch nur aber oder wenn über zum zur vor durch bis sie ihr ihre sein seine unter gegen',
    // French
    'les des une est pas que qui dans pour sur par avec son ses aux plus mais ont été sont cette ces leur elle elles ils nous vous comme entre après sans sous lors selon',
    // Spanish
    'los las una por con para del que como más pero sus este esta han fue son sobre entre tras sin según ante desde hasta también',
  ]
    .join(' ')
    .split(' '),
)
/**
 * Dateline at the start of a paragraph: a place in capitals (`LISBON`,
 * `NEW YORK`, `KYIV, Ukraine`), an optional short date and an optional
 * `(Agency)`, then a dash or colon; or a place in mixed case that must then
 * be followed by an `(Agency)` (`Berlin (dpa) -`). The `place` group is the
 * place, `date` the date.
 */
export const DATELINE_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `^(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’ -]*[\\p{Lu}\\p{M}.](?:,\\s*\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,30}?)?)(?:,\\s*(?<date>${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}))?\\s*(?:\\([^()]{1,40}\\))?\\s*(?:—|–|-{1,2}|:)\\s+(?=\\S)`,
    'u',
  ),
  new RegExp(
    `^(?<place>\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,30}?)(?:,\\s*(?<date>${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}))?\\s*\\([\\p{L}\\p{N} /.&,-]{1,40}\\)\\s*(?:—|–|-{1,2})\\s+(?=\\S)`,
    'u',
  ),
]

/** Capitalised lead-ins that look like a dateline but are wire slugs, not places (`UPDATE -`, `FACTBOX:`). */
export const DATELINE_NOT_PLACES: ReadonlySet<string> = new Set(
  'update updated updates breaking exclusive analysis opinion watch live factbox explainer corrected correction refile insight feature editorial comment note wrapup urgent flash alert'.split(
    ' ',
  ),
)

/**
 * Complete short words (one to three letters) of English, German, French and
 * Spanish not among the stopwords: a line ending in one of these was not cut
 * mid-word.
 */
export const SHORT_WORDS: ReadonlySet<string> = new Set(
  'a i o y e à an as at be by do go he if in is it me my no of on or so to up us we am ok oh ox ad ago age air art bad bag bed big bit box boy bus buy car cat cut day dog dry due ear eat end era eye far fee few fit fly fun gap gas god gun guy hat hit hot ice ill job key kid law lay leg lie lot low man map men mix net nor odd off oil own pay per pop raw red rid row run sad sea set sex sky son sum sun tax tea ten tie tip top toy try war wet win yes yet zoo ja im zu um da du wo ob es er so al el la le lo mi ni si su tu un ya de en et il ne se ce ça ou où qu'.split(
    ' ',
  ),
)
