/**
 * Deterministic generator of synthetic plain-text news reports for load
 * benchmarks: ~2–4 KB each, with a headline, datelines, people with titles,
 * quotes, relative dates, amounts, and the page junk the cleaner must remove.
 * Not a quality benchmark — the words are shuffled templates.
 */

/** Mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const GIVEN = [
  'Amina',
  'Kenji',
  'Lucia',
  'Tomasz',
  'Priya',
  'Olusegun',
  'Mei',
  'Rafael',
  'Ingrid',
  'Hassan',
  'Yuki',
  'Thabo',
  'Elena',
  'Arjun',
  'Fatima',
  'Jonas',
]
const FAMILY = [
  'Odhiambo',
  'Takahashi',
  'Moreno',
  'Kowalski',
  'Raman',
  'Adeyemi',
  'Chen',
  'Oliveira',
  'Lindqvist',
  'Haddad',
  'Sato',
  'Nkosi',
  'Petrova',
  'Mehta',
  'Benali',
  'Berg',
]
const COUNTRIES = [
  'Kenya',
  'Japan',
  'Brazil',
  'Poland',
  'India',
  'Nigeria',
  'Vietnam',
  'Chile',
  'Norway',
  'Morocco',
  'Indonesia',
  'South Africa',
  'Germany',
  'Canada',
]
const CITIES = [
  'Nairobi',
  'Osaka',
  'Recife',
  'Gdansk',
  'Chennai',
  'Lagos',
  'Hanoi',
  'Valparaiso',
  'Bergen',
  'Tangier',
  'Surabaya',
  'Durban',
  'Hamburg',
  'Halifax',
]
const TITLES = [
  'Trade Minister',
  'Foreign Minister',
  'Finance Minister',
  'Prime Minister',
  'central bank governor',
  'port authority chief',
  'Health Minister',
  'opposition leader',
]
const TOPICS = [
  'a trade agreement',
  'a port expansion',
  'new fishing quotas',
  'a rail link',
  'a vaccine programme',
  'an energy partnership',
  'a border treaty',
  'a climate fund',
]
const VERBS = ['said', 'told reporters', 'added', 'warned', 'stated', 'noted']
const DAYS = [
  'on Monday',
  'on Tuesday',
  'on Wednesday',
  'on Thursday',
  'on Friday',
  'last week',
  'on March 3',
  'on Nov. 12',
]
const HEDGES = ['nearly', 'at least', 'more than', 'about', 'up to', '']
const UNITS = ['$', '€', '']
const SCALES = ['million', 'billion', 'bn', '']
const JUNK = [
  'Read more: Markets rally as investors weigh the outlook',
  'Share this article on Facebook',
  'Subscribe to our newsletter for the latest updates',
  'Advertisement',
  'Reporting by Staff; Editing by Desk',
]

/** Generate `count` reports deterministically from `seed`. */
export function generateArticles(count: number, seed = 42): string[] {
  const r = rng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const a = `${pick(GIVEN)} ${pick(FAMILY)}`
    const b = `${pick(GIVEN)} ${pick(FAMILY)}`
    const c1 = pick(COUNTRIES)
    const c2 = pick(COUNTRIES)
    const city = pick(CITIES)
    const topic = pick(TOPICS)
    const lines: string[] = []
    lines.push(`${c1} and ${c2} agree on ${topic} after talks in ${city}`)
    lines.push(
      `${c1} and ${c2} reached ${topic} ${pick(DAYS)} in ${city}, a deal ${c1}'s ${pick(TITLES)} ${a} described as "a turning point for both economies."`,
    )
    const paragraphs = 16 + Math.floor(r() * 10)
    for (let p = 0; p < paragraphs; p++) {
      const amount = `${pick(HEDGES)} ${pick(UNITS)}${(1 + r() * 90).toFixed(1)} ${pick(SCALES)}`
        .replace(/\s+/g, ' ')
        .trim()
      const n = Math.floor(r() * 400)
      const year = 2026 + Math.floor(r() * 8)
      const other = pick(CITIES)
      // Ten sentence shapes, cycled from a random start, so that paragraphs
      // differ in every article and the duplicate filter keeps them all.
      switch ((p + i) % 10) {
        case 0:
          lines.push(
            `"We have worked for months to get here, and the details will matter," ${a} ${pick(VERBS)}, adding that ${amount} would be committed over ${2 + (n % 8)} years.`,
          )
          break
        case 1:
          lines.push(
            `${b}, ${c2}'s ${pick(TITLES).toLowerCase()}, said the agreement would take effect by ${year} and cover ${n} companies in ${other} and elsewhere.`,
          )
          break
        case 2:
          lines.push(
            `Analysts in ${other} said the deal could raise exports by ${n % 30}% ${pick(DAYS)}, although critics warned that ${n} smaller firms had not been consulted.`,
          )
          break
        case 3:
          lines.push(
            `His counterpart ${b} told reporters that "nobody should expect miracles," noting that ${amount} had already been spent on studies since ${2010 + (n % 12)}.`,
          )
          break
        case 4:
          lines.push(pick(JUNK))
          break
        case 5:
          lines.push(
            `Negotiators from ${c1} and ${c2} met ${pick(DAYS)} in ${other} to settle the last ${n % 20} points, including customs checks, labour rules and the protection of ${pick(TOPICS).replace(/^an? /, '')}.`,
          )
          break
        case 6:
          lines.push(
            `Business groups welcomed the announcement. The chamber of commerce in ${city} estimated that about ${n * 10} jobs depended on trade between the two countries, most of them in ports and farming.`,
          )
          break
        case 7:
          lines.push(
            `${a} is expected to present the text to parliament ${pick(DAYS)}, where opposition leader ${b} has promised "a line-by-line reading" before any vote.`,
          )
          break
        case 8:
          lines.push(
            `The two governments last signed a comparable accord in ${2000 + (n % 20)}, when ${c2} agreed to cut tariffs on ${n} product lines over ${1 + (n % 9)} years; officials said about ${n % 100}% of those cuts were eventually made.`,
          )
          break
        default:
          lines.push(
            `Trade between ${c1} and ${c2} reached ${amount} last year, according to figures published ${pick(DAYS)} by the statistics office in ${city}, up ${n % 15}% from the year before.`,
          )
      }
    }
    out.push(`${lines.join('\n')}\n`)
  }
  return out
}
