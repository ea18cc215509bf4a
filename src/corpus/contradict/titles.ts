/**
 * Title compatibility: whether two titles given to one person can both be
 * true. "Defense Minister" and "Foreign Minister" cannot (two portfolios);
 * "EU foreign policy chief" and "High Representative" can (one office, two
 * names), and so can "Minister" and "Foreign Minister" (one is vaguer), or
 * "counterpart" and anything (it names a relation, not an office).
 *
 * A title is read as: a head (minister, secretary, president…), the
 * portfolios it covers (defense, foreign, trade…), a rank (deputy, vice…)
 * and whether it is a past office (former…). Only titles that both name a
 * specific office are compared; vague ones never conflict.
 */
import { normalizeWord, words } from '../text/words.js'

/** Kind of office a title names. */
export type TitleFamily = 'cabinet' | 'head' | 'office' | 'generic'

/** A title read into its parts. */
export interface TitleInfo {
  /** The title as written. */
  title: string
  family: TitleFamily
  /** The office head (`minister`, `prime minister`, `president`, …), or `null`. */
  head: string | null
  /** Portfolios covered (`defense`, `foreign`, `trade`…); empty when none is named. */
  portfolios: Set<string>
  /** `deputy` for deputy, vice, assistant, junior… offices; else `full`. */
  rank: 'full' | 'deputy'
  /** Whether it names a past or not-yet office (former, ex-, designate…). */
  notCurrent: boolean
}

/**
 * Words that name a government portfolio, folded onto one key per portfolio
 * (British and American spellings, near-synonyms).
 */
export const PORTFOLIO_WORDS: Readonly<Record<string, string>> = {
  defense: 'defense',
  defence: 'defense',
  military: 'defense',
  war: 'defense',
  foreign: 'foreign',
  external: 'foreign',
  diplomacy: 'foreign',
  finance: 'finance',
  financial: 'finance',
  treasury: 'finance',
  exchequer: 'finance',
  fiscal: 'finance',
  economy: 'economy',
  economic: 'economy',
  economics: 'economy',
  trade: 'trade',
  commerce: 'trade',
  industry: 'industry',
  industrial: 'industry',
  investment: 'investment',
  interior: 'interior',
  home: 'interior',
  internal: 'interior',
  justice: 'justice',
  health: 'health',
  education: 'education',
  agriculture: 'agriculture',
  farming: 'agriculture',
  energy: 'energy',
  environment: 'environment',
  climate: 'environment',
  transport: 'transport',
  transportation: 'transport',
  labor: 'labor',
  labour: 'labor',
  employment: 'labor',
  culture: 'culture',
  tourism: 'tourism',
  housing: 'housing',
  infrastructure: 'infrastructure',
  communications: 'communications',
  information: 'communications',
  science: 'science',
  technology: 'science',
  immigration: 'immigration',
  security: 'security',
  intelligence: 'intelligence',
  fisheries: 'fisheries',
  water: 'water',
  mining: 'mining',
  mines: 'mining',
  oil: 'energy',
  petroleum: 'energy',
  sport: 'sport',
  sports: 'sport',
  youth: 'youth',
  women: 'women',
  welfare: 'welfare',
}

/**
 * Whole titles whose office is not spelled out by their words. Checked
 * before the word-by-word reading; a portfolio named in the title itself
 * ("Secretary of State for Defence") still wins.
 */
export const TITLE_EQUIVALENTS: readonly {
  pattern: RegExp
  family: TitleFamily
  portfolio: string | null
}[] = [
  { pattern: /\bsecretary of state\b/, family: 'cabinet', portfolio: 'foreign' },
  { pattern: /\bhigh representative\b/, family: 'cabinet', portfolio: 'foreign' },
  { pattern: /\btop diplomat\b/, family: 'cabinet', portfolio: 'foreign' },
  { pattern: /\bchancellor of the exchequer\b/, family: 'cabinet', portfolio: 'finance' },
  { pattern: /\battorney[- ]general\b/, family: 'cabinet', portfolio: 'justice' },
  { pattern: /\bpentagon chief\b/, family: 'cabinet', portfolio: 'defense' },
]

/** Heads of government and state: two different ones cannot be one person's at once. */
export const HEAD_TITLES: Readonly<Record<string, string>> = {
  president: 'president',
  'prime minister': 'prime minister',
  premier: 'prime minister',
  chancellor: 'chancellor',
  king: 'monarch',
  queen: 'monarch',
  emperor: 'monarch',
  monarch: 'monarch',
}

/** Heads of a cabinet office: specific only together with a portfolio. */
export const CABINET_HEADS: ReadonlySet<string> = new Set([
  'minister',
  'secretary',
  'chief',
  'commissioner',
  'czar',
  'tsar',
  'head',
  'boss',
])

/** Words that make an office a deputy one. */
export const DEPUTY_WORDS: ReadonlySet<string> = new Set([
  'deputy',
  'vice',
  'assistant',
  'junior',
  'under',
  'associate',
])

/** Words that make an office a past or future one: compared with nothing. */
export const NOT_CURRENT_WORDS: ReadonlySet<string> = new Set([
  'former',
  'ex',
  'then',
  'late',
  'designate',
  'elect',
  'incoming',
  'would-be',
  'future',
])

/**
 * Named offices of organisations and local government. Two different ones
 * held by one person at once are rare ("general secretary" and "president"
 * of a union are two people), except the pairs in {@link COMPATIBLE_OFFICES}.
 */
export const OFFICE_TITLES: readonly (readonly [RegExp, string])[] = [
  // The French "président-directeur général" (PDG), in English or not, is a company's chief executive.
  [/\b(?:pr[eé]sident[- ]+direct(?:or|eur)[- ]+g[eé]n[eé]ral|pdg)\b/, 'chief executive'],
  [/\b(?:general secretary|secretary[- ]general)\b/, 'general secretary'],
  [/\bdirector[- ]general\b/, 'director general'],
  [/\b(?:chief executive(?: officer)?|ceo)\b/, 'chief executive'],
  [/\b(?:chairman|chairwoman|chairperson|chair)\b/, 'chair'],
  [/\btreasurer\b/, 'treasurer'],
  [/\bgovernor\b/, 'governor'],
  [/\bmayor\b/, 'mayor'],
  // A district's administrator (chief district officer, district commissioner or collector) and a police
  // superintendent are offices of their own: one person is not both.
  [/\bdistrict (?:officer|commissioner|collector|administrator)\b/, 'district officer'],
  [/\bsuperintendent\b/, 'superintendent'],
]

/** Offices one person commonly holds together (unordered pairs). */
export const COMPATIBLE_OFFICES: readonly (readonly [string, string])[] = [
  ['chair', 'chief executive'],
  ['chair', 'president'],
  ['chief executive', 'president'],
  ['chair', 'prime minister'],
  ['chair', 'monarch'],
]

/** Offices that clash with any cabinet portfolio (a minister is not also a governor or mayor). */
const LOCAL_OFFICES: ReadonlySet<string> = new Set(['governor', 'mayor', 'district officer'])

/** Read a title into its parts. */
export function parseTitle(title: string): TitleInfo {
  const lower = title.toLowerCase().replace(/[’']s\b/g, '')
  const ws = words(lower).map((w) => w.lower.replace(/\.$/, ''))
  const parts = ws.flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]))
  const notCurrent = parts.some((w) => NOT_CURRENT_WORDS.has(w))
  const rank = parts.some((w) => DEPUTY_WORDS.has(w)) ? 'deputy' : 'full'
  const portfolios = new Set<string>()
  for (const w of parts) {
    const p = PORTFOLIO_WORDS[w] ?? PORTFOLIO_WORDS[normalizeWord(w)]
    if (p) portfolios.add(p)
  }
  const info = (family: TitleFamily, head: string | null): TitleInfo => ({
    title,
    family,
    head,
    portfolios,
    rank,
    notCurrent,
  })
  for (const e of TITLE_EQUIVALENTS) {
    if (e.pattern.test(lower)) {
      if (portfolios.size === 0 && e.portfolio) portfolios.add(e.portfolio)
      return info(e.family, 'minister')
    }
  }
  for (const [pattern, office] of OFFICE_TITLES) if (pattern.test(lower)) return info('office', office)
  const joined = ` ${ws.join(' ')} `
  for (const [phrase, head] of Object.entries(HEAD_TITLES)) {
    if (joined.includes(` ${phrase} `)) return info('head', head)
  }
  const cabinetHead = ws.find((w) => CABINET_HEADS.has(w) || CABINET_HEADS.has(normalizeWord(w)))
  if (cabinetHead && portfolios.size > 0) return info('cabinet', 'minister')
  return info('generic', cabinetHead ?? null)
}

/** Verdict of {@link compareTitles}. */
export interface TitleVerdict {
  compatible: boolean
  /** `same-office`, `vaguer`, `not-current`, `overlapping-portfolios`, `different-portfolios`, `different-offices`, `different-ranks`. */
  rule: string
  why: string
}

/**
 * Whether two titles given to one person can both be true.
 *
 * @param a One title as written.
 * @param b The other.
 */
export function compareTitles(a: string, b: string): TitleVerdict {
  const x = parseTitle(a)
  const y = parseTitle(b)
  const ok = (rule: string, why: string): TitleVerdict => ({ compatible: true, rule, why })
  const conflict = (rule: string, why: string): TitleVerdict => ({ compatible: false, rule, why })
  if (x.notCurrent || y.notCurrent) return ok('not-current', 'one title names a past or future office')
  if (x.family === 'generic' || y.family === 'generic') {
    return ok(
      'vaguer',
      'one title does not name a specific office (a relation, an unspecified post or an organisation role)',
    )
  }
  if (x.family !== 'cabinet' || y.family !== 'cabinet') {
    const [p, q] = x.family === 'cabinet' ? [y, x] : [x, y]
    if (q.family === 'cabinet') {
      // A cabinet office against a top or local office.
      if (p.family === 'office' && !LOCAL_OFFICES.has(p.head ?? '')) {
        return ok('vaguer', `"${p.title}" may be held beside a cabinet office`)
      }
      return conflict('different-offices', `"${a}" and "${b}" are different offices`)
    }
    if (p.head !== q.head) {
      const pair = COMPATIBLE_OFFICES.some(
        ([u, v]) => (u === p.head && v === q.head) || (u === q.head && v === p.head),
      )
      if (pair) return ok('compatible-offices', `"${a}" and "${b}" are often held together`)
      return conflict('different-offices', `"${a}" and "${b}" are different offices`)
    }
    if (x.rank !== y.rank) return conflict('different-ranks', `"${a}" and "${b}" differ in rank`)
    return ok('same-office', 'the same office')
  }
  const shared = [...x.portfolios].filter((p) => y.portfolios.has(p))
  if (shared.length === 0) {
    return conflict(
      'different-portfolios',
      `"${a}" covers ${[...x.portfolios].join(' and ')}, "${b}" covers ${[...y.portfolios].join(' and ')}`,
    )
  }
  if (x.rank !== y.rank) return conflict('different-ranks', `"${a}" and "${b}" differ in rank`)
  if (shared.length === x.portfolios.size && shared.length === y.portfolios.size) {
    return ok('same-office', `both name the ${shared.join(' and ')} portfolio`)
  }
  return ok('overlapping-portfolios', `both cover ${shared.join(' and ')}; one names more of the office`)
}
