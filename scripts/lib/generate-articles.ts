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
    const paragraphs = 8 + Math.floor(r() * 8)
    for (let p = 0; p < paragraphs; p++) {
      const amount = `${pick(HEDGES)} ${pick(UNITS)}${(1 + r() * 90).toFixed(1)} ${pick(SCALES)}`
        .replace(/\s+/g, ' ')
        .trim()
      switch (p % 5) {
        case 0:
          lines.push(
            `"We have worked for months to get here, and the details will matter," ${a} ${pick(VERBS)}, adding that ${amount} would be committed over five years.`,
          )
          break
        case 1:
          lines.push(
            `${b}, ${c2}'s ${pick(TITLES).toLowerCase()}, said the agreement would take effect by ${2026 + Math.floor(r() * 8)} and cover ${Math.floor(r() * 400)} companies.`,
          )
          break
        case 2:
          lines.push(
            `Analysts in ${pick(CITIES)} said the deal could raise exports by ${Math.floor(r() * 30)}% ${pick(DAYS)}, although critics warned that smaller firms had not been consulted.`,
          )
          break
        case 3:
          lines.push(
            `His counterpart ${b} told reporters that "nobody should expect miracles," noting that ${amount} had already been spent on studies since ${2010 + Math.floor(r() * 12)}.`,
          )
          break
        default:
          lines.push(pick(JUNK))
      }
    }
    out.push(`${lines.join('\n')}\n`)
  }
  return out
}
