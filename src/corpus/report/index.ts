/**
 * The story report: everything the corpus stages found about one story, in
 * the shape the renderers and the JSON schema describe — consensus facts,
 * single-source facts per outlet, contradictions, quotes by speaker, actors
 * with their roles per outlet, and a timeline.
 */
import type {
  AnalyzedArticle,
  Claim,
  ClaimGroup,
  Contradiction,
  Dismissal,
  Evidence,
  MembershipWhy,
  Origin,
  ReportActor,
  ReportClaim,
  ReportQuote,
  Story,
  StoryDate,
  StoryReport,
  TimelineEntry,
} from '../../model/index.js'
import type { Alignment } from '../align/index.js'
import { statedTitle } from '../contradict/index.js'
import type { StoryTimeResolution } from '../story-time/index.js'
import { DisjointSets } from '../text/disjoint.js'
import { lcs } from '../text/lcs.js'
import { personAliases, sameSpeaker } from '../text/names.js'
import { words } from '../text/words.js'

/** Everything the stages produced for one story. */
export interface StoryAnalysis {
  story: Story
  /** The story's articles, relative times resolved against the story. */
  docs: AnalyzedArticle[]
  date: StoryDate
  timeResolutions: StoryTimeResolution[]
  origins: Origin[]
  claims: Claim[]
  /** Every scored claim pair and the kept links. */
  alignment: Alignment
  groups: ClaimGroup[]
  contradictions: Contradiction[]
  dismissals: Dismissal[]
}

/** Options of {@link buildStoryReport}. */
export interface ReportOptions {
  /**
   * Share of the shorter quote's words that must recur, in order, in another
   * for the two to be listed as one quote (default 0.8).
   */
  sameQuoteRatio?: number
  /** Fewest words for a quote to be merged with another by its words (default 3). */
  minQuoteWords?: number
}

/** Defaults of {@link ReportOptions}. */
export const REPORT_DEFAULTS: Required<ReportOptions> = { sameQuoteRatio: 0.8, minQuoteWords: 3 }

function evidenceOf(doc: AnalyzedArticle, start: number, end: number): Evidence {
  return { article: doc.article.id, start, end, text: doc.article.text.slice(start, end) }
}

/**
 * The group's most central claim: the one with the highest sum of link
 * scores. When the group stands but a detail some of its claims add is
 * contradicted, the wording comes from a claim without that detail.
 */
function representative(group: ClaimGroup, claims: Map<string, Claim>, doubtful: ReadonlySet<string>): Claim {
  const plain = group.claims.filter((id) => !doubtful.has(id))
  const pool = group.status !== 'contradicted' && plain.length > 0 ? plain : group.claims
  let best = pool[0] as string
  let bestScore = -1
  for (const id of pool) {
    const score = group.links.filter((l) => l.a === id || l.b === id).reduce((s, l) => s + l.score, 0)
    if (score > bestScore) {
      best = id
      bestScore = score
    }
  }
  return claims.get(best) as Claim
}

/** A claim's text for reading: a clause cut from the middle of its sentence opens with an ellipsis. */
function wording(claim: Claim): string {
  return claim.rule.startsWith('clause') && /^\p{Ll}/u.test(claim.text) ? `…${claim.text}` : claim.text
}

function reportClaims(a: StoryAnalysis): ReportClaim[] {
  const claims = new Map(a.claims.map((c) => [c.id, c]))
  return a.groups.map((g) => {
    const members = [...g.claims, ...g.support]
      .map((id) => claims.get(id))
      .filter((c): c is Claim => c !== undefined)
    const carried = a.contradictions
      .filter((c) =>
        c.values.some((v) =>
          members.some(
            (m) => m.article === v.article && v.evidence.start < m.end && v.evidence.end > m.start,
          ),
        ),
      )
      .map((c) => c.id)
    // Claims carrying a value another report contradicts (titles in passing aside).
    const doubtful = new Set(
      members
        .filter((m) =>
          a.contradictions.some(
            (c) =>
              c.kind !== 'role' &&
              c.values.some(
                (v) => v.article === m.article && v.evidence.start < m.end && v.evidence.end > m.start,
              ),
          ),
        )
        .map((m) => m.id),
    )
    return {
      id: g.id,
      text: wording(representative(g, claims, doubtful)),
      status: g.status,
      articles: g.articles,
      origins: g.origins.length,
      originIds: g.origins,
      evidence: members.map((m) => ({
        article: m.article,
        start: m.start,
        end: m.end,
        text: m.text,
        claim: m.id,
        caption: m.caption,
      })),
      contradictions: carried,
      why: g.why,
    }
  })
}

function reportQuotes(a: StoryAnalysis, o: Required<ReportOptions>): ReportQuote[] {
  const refs = a.docs.flatMap((doc) =>
    doc.annotations.quotes.map((quote) => ({ doc, quote, words: words(quote.text).map((w) => w.lower) })),
  )
  const sets = new DisjointSets<number>()
  refs.forEach((_, i) => {
    sets.add(i)
  })
  for (let i = 0; i < refs.length; i++) {
    for (let j = i + 1; j < refs.length; j++) {
      const x = refs[i] as (typeof refs)[number]
      const y = refs[j] as (typeof refs)[number]
      const sx = x.quote.speaker
      const sy = y.quote.speaker
      if (sx && sy && !sameSpeaker(sx, sy)) continue
      const shorter = Math.min(x.words.length, y.words.length)
      const same =
        x.words.join(' ') === y.words.join(' ') ||
        (shorter >= o.minQuoteWords && lcs(x.words, y.words).length / shorter >= o.sameQuoteRatio)
      if (!same) continue
      sets.union(i, j)
    }
  }
  const groups = [...sets.groups().values()].map((ids) => ids.map((i) => refs[i] as (typeof refs)[number]))
  return groups.map((members) => {
    const longest = members.reduce((m, r) => (r.quote.text.length > m.quote.text.length ? r : m))
    const speaker = members.find((r) => r.quote.speaker)?.quote.speaker ?? null
    const sentence = (r: (typeof refs)[number]) => {
      const s = r.doc.annotations.sentences.find((x) => x.start <= r.quote.start && x.end >= r.quote.start)
      return evidenceOf(
        r.doc,
        Math.min(s?.start ?? r.quote.start, r.quote.start),
        Math.max(s?.end ?? r.quote.end, r.quote.end),
      )
    }
    return {
      speaker: speaker ? { id: speaker.id, name: speaker.name } : null,
      text: longest.quote.text,
      articles: [...new Set(members.map((r) => r.doc.article.id))],
      evidence: members.map(sentence),
    }
  })
}

function reportActors(a: StoryAnalysis): ReportActor[] {
  const actors = new Map<string, ReportActor>()
  const all = a.docs.flatMap((d) => d.annotations.mentions.map((m) => m.actor))
  const canonical = personAliases(all)
  const nameOf = new Map(all.map((x) => [x.id, x.name]))
  for (const doc of a.docs) {
    for (const m of doc.annotations.mentions) {
      const id = canonical.get(m.actor.id) ?? m.actor.id
      const entry =
        actors.get(id) ??
        ({
          id,
          name: nameOf.get(id) ?? m.actor.name,
          kind: m.actor.kind,
          articles: [],
          mentions: 0,
          roles: [],
        } as ReportActor)
      entry.mentions++
      if (!entry.articles.includes(doc.article.id)) entry.articles.push(doc.article.id)
      // Both roles stated at the mention: the title before the name and a second one (`alsoRole`:
      // the office of an apposition before a rank, `the ferry's master, Captain X`).
      for (const stated of [m.role, m.alsoRole]) {
        if (!stated) continue
        const title = statedTitle(doc.article.text, stated)
        let role = entry.roles.find((r) => r.title.toLowerCase() === title.toLowerCase())
        if (!role) {
          role = { title, articles: [], evidence: [] }
          entry.roles.push(role)
        }
        if (!role.articles.includes(doc.article.id)) {
          role.articles.push(doc.article.id)
          const s = doc.annotations.sentences.find((x) => x.start <= m.start && x.end >= m.end)
          role.evidence.push(evidenceOf(doc, s?.start ?? m.start, s?.end ?? m.end))
        }
      }
      actors.set(id, entry)
    }
  }
  return [...actors.values()].sort(
    (x, y) => y.articles.length - x.articles.length || y.mentions - x.mentions || (x.id < y.id ? -1 : 1),
  )
}

function reportTimeline(a: StoryAnalysis, claims: ReportClaim[]): TimelineEntry[] {
  const groupOf = new Map<string, ReportClaim>()
  for (const c of claims) for (const e of c.evidence) groupOf.set(e.claim, c)
  const entries = new Map<string, TimelineEntry>()
  const docs = new Map(a.docs.map((d) => [d.article.id, d]))
  for (const claim of a.claims) {
    const group = groupOf.get(claim.id)
    const doc = docs.get(claim.article)
    if (!group || !doc) continue
    for (const t of claim.times) {
      if (!t.value) continue
      const key = `${t.value} ${group.id}`
      const entry = entries.get(key) ?? {
        date: t.value,
        grain: t.grain,
        text: group.text,
        claim: group.id,
        articles: [],
        evidence: [],
      }
      if (!entry.articles.includes(claim.article)) entry.articles.push(claim.article)
      entry.evidence.push(evidenceOf(doc, t.start, t.end))
      entries.set(key, entry)
    }
  }
  return [...entries.values()].sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : y.articles.length - x.articles.length,
  )
}

/** Turn a story's analysis into its report. */
export function buildStoryReport(a: StoryAnalysis, options: Readonly<ReportOptions> = {}): StoryReport {
  const o = { ...REPORT_DEFAULTS, ...options }
  const docs = new Map(a.docs.map((d) => [d.article.id, d]))
  const originOf = new Map<string, string>()
  for (const origin of a.origins) for (const id of origin.articles) originOf.set(id, origin.id)
  const central = [...a.story.members].sort((x, y) => y.score - x.score)
  const title = central.map((m) => docs.get(m.article)?.article.title).find((t): t is string => !!t) ?? null
  const claims = reportClaims(a)
  const consensus = claims
    .filter((c) => c.status === 'corroborated')
    .sort((x, y) => y.origins - x.origins || y.articles.length - x.articles.length)
    .map((c) => c.id)
  const singleSource = a.story.articles.map((id) => ({
    article: id,
    source: docs.get(id)?.article.source ?? id,
    claims: claims.filter((c) => c.status === 'single-source' && c.articles.includes(id)).map((c) => c.id),
  }))
  return {
    id: a.story.id,
    title,
    date: a.date.value,
    dating: a.date,
    articles: a.story.members.map((m) => {
      const art = docs.get(m.article)?.article
      return {
        id: m.article,
        source: art?.source ?? '',
        title: art?.title ?? null,
        published: art?.published?.value ?? null,
        url: art?.url ?? null,
        input: art?.input ?? '',
        origin: originOf.get(m.article) ?? `origin:${m.article}`,
        membership: { score: m.score, why: readableWhy(m.why, docs) },
      }
    }),
    origins: a.origins,
    claims,
    consensus,
    singleSource,
    contradictions: a.contradictions,
    dismissed: a.dismissals,
    quotes: reportQuotes(a, o),
    actors: reportActors(a),
    timeline: reportTimeline(a, claims),
    timeResolutions: a.timeResolutions,
  }
}

/**
 * The membership reason as a reader wants it: the nearest article named by
 * its outlet (and headline) rather than by its id alone.
 */
function readableWhy(why: MembershipWhy, docs: ReadonlyMap<string, AnalyzedArticle>): string {
  const nearest = why.nearest?.article
  const art = nearest ? docs.get(nearest)?.article : undefined
  if (!nearest || !art) return why.text
  return why.text.replace(nearest, `${art.source} (${nearest})`)
}
