/**
 * Per-article quality on the example corpus, scored against the hand-written
 * truth files: headlines, headings, captions, junk removal, roles, quotes
 * and their speakers, resolved times, quantities. Shared by the golden test
 * (which guards floors) and `bench:annotate` (which records the figures).
 */
import type { Annotations, Article } from '../../src/model/index.js'
import {
  articleKey,
  EVENTS_DIR,
  fold,
  foldKeepCase,
  loadTruths,
  processedCorpus,
  sameName,
} from './corpus.js'

/** One measured figure: `hits` of `total`, with the misses for readable failures. */
export interface Score {
  name: string
  hits: number
  total: number
  misses: string[]
}

const ratio = (s: Score) => (s.total === 0 ? 1 : s.hits / s.total)

/**
 * Score every category; `misses` say what was wrong, per article.
 *
 * @param truthDir Truth files to score against (default: the example corpus's,
 *   `test/golden/events`); each cites its articles by path from the repository root.
 */
export function scoreArticles(truthDir: string = EVENTS_DIR): Score[] {
  const corpus = processedCorpus(truthDir)
  const truths = loadTruths(truthDir)
  const scores = new Map<string, Score>()
  const score = (name: string, ok: boolean, miss: string) => {
    const s = scores.get(name) ?? { name, hits: 0, total: 0, misses: [] }
    scores.set(name, s)
    s.total++
    if (ok) s.hits++
    else s.misses.push(miss)
  }
  const get = (key: string): { article: Article; annotations: Annotations } | undefined => {
    const file = corpus.get(key)
    if (!file?.data.article || !file.data.annotations) return undefined
    return { article: file.data.article, annotations: file.data.annotations }
  }
  for (const truth of truths) {
    for (const a of truth.articles) {
      const key = articleKey(a)
      const got = get(key)
      score(
        'articles read',
        Boolean(got),
        `${key}: ${
          corpus
            .get(key)
            ?.messages.map((m) => m.reason)
            .join('; ') ?? 'missing'
        }`,
      )
      if (!got) continue
      const { article } = got
      const blockText = (kind: string) =>
        article.blocks.filter((b) => b.kind === kind).map((b) => fold(article.text.slice(b.start, b.end)))
      score(
        'headline',
        fold(article.title ?? '') === fold(a.headline ?? ''),
        `${key}: got ${JSON.stringify(article.title)}, want ${JSON.stringify(a.headline)}`,
      )
      const headings = blockText('heading')
      for (const h of a.headings)
        score('section headings', headings.includes(fold(h)), `${key}: heading ${JSON.stringify(h)}`)
      const captions = blockText('caption')
      for (const c of a.captions)
        score(
          'captions kept apart',
          captions.some((x) => x.includes(fold(c))),
          `${key}: caption ${JSON.stringify(c)}`,
        )
      const removed = article.removed.map((r) => fold(r.text))
      const body = fold(article.text)
      const bodyCased = foldKeepCase(article.text)
      for (const r of a.removed) {
        // Truth for HTML records may quote markup; compare its text.
        const markupless = r.text.replace(/<[^>]+>/g, '')
        const t = fold(markupless)
        // Strict: the junk is no longer in the clean text (case kept, so a
        // removed "By Ana Ruiz" is not still there because a credit reads
        // "reporting by Ana Ruiz"), and one removal holds all of it (the
        // separators at its edges aside: "| Photo Credit: …"). A removed
        // fragment inside it (a logo's text inside a kept tips line) does not
        // make it removed. A planted repeat is kept once, its copy removed.
        const core = t.replace(EDGE_SEPARATORS, '')
        const gone =
          r.kind === 'duplicate'
            ? body.split(t).length === 2 && removed.some((x) => x.includes(t) || t.includes(x))
            : !containsPhrase(bodyCased, foldKeepCase(markupless)) && removed.some((x) => x.includes(core))
        score('junk removed', gone, `${key}: ${r.kind} ${JSON.stringify(r.text)}`)
      }
      // Nothing real removed: every removal must match a truth junk line, a
      // truth caption/headline/byline, or be a duplicate (checked above).
      if (a.file.endsWith('.txt') || a.file.endsWith('.jsonl')) {
        // Date lines and the headline are set aside, not lost: they become metadata.
        // Truth for HTML records may quote markup; compare its text.
        const junk = [
          ...a.removed.map((r) => r.text.replace(/<[^>]+>/g, '')),
          a.publishedEvidence ?? '',
          a.headline ?? '',
        ]
          .filter((t) => t !== '')
          .map(fold)
        for (const r of article.removed) {
          const t = fold(r.text)
          const known = junk.some((j) => j.includes(t) || t.includes(j)) || r.rule === 'duplicate-paragraph'
          score(
            'no real text removed',
            known,
            `${key}: removed ${r.rule} ${JSON.stringify(r.text.slice(0, 80))}`,
          )
        }
      }
    }
    for (const role of truth.roles) {
      const got = get(role.article)
      if (!got) continue
      // Both roles stated at a mention count: its role and a second one there (`alsoRole`:
      // `the ferry's master, Captain X` states master and captain).
      const titles = got.annotations.mentions
        .filter((m) => m.role && sameName(m.actor.name, role.person))
        .flatMap((m) => [m.role, m.alsoRole].flatMap((r) => (r ? [fold(r.title)] : [])))
      const want = fold(role.title)
      score(
        'roles as stated',
        titles.some((t) => t === want || t.endsWith(` ${want}`) || t.includes(want)),
        `${role.article}: ${role.person} "${role.title}", got ${JSON.stringify([...new Set(titles)])}`,
      )
    }
    for (const quote of truth.quotes) {
      const want = fold(quote.text).replace(/[,.]$/, '')
      for (const key of quote.articles) {
        const got = get(key)
        if (!got) continue
        const found = got.annotations.quotes.filter((q) => {
          const t = fold(q.text)
          return t.includes(want) || (want.includes(t) && t.length > 12)
        })
        score('quotes found', found.length > 0, `${key}: ${JSON.stringify(quote.text.slice(0, 60))}`)
        if (found.length === 0) continue
        const speakers = found.map((q) => q.speaker?.name ?? '(none)')
        score(
          'quote speakers',
          speakers.some((s) => sameName(s, quote.speaker)),
          `${key}: ${JSON.stringify(quote.text.slice(0, 40))} by ${quote.speaker}, got ${speakers.join('/')}`,
        )
      }
    }
    for (const time of truth.times) {
      if (time.anchor === 'story') continue // resolved by the story stage, not per article
      const got = get(time.article)
      if (!got) continue
      const t = fold(time.text)
      const found = got.annotations.times.filter((x) => fold(x.text).includes(t) || t.includes(fold(x.text)))
      score(
        'times resolved',
        // An instant ("11:30pm on Saturday") is right when its day is.
        found.some(
          (x) => x.value === time.value || (x.grain === 'instant' && x.value?.slice(0, 10) === time.value),
        ),
        `${time.article}: ${JSON.stringify(time.text)} = ${time.value}, got ${JSON.stringify(found.map((x) => x.value))}`,
      )
    }
    for (const q of truth.quantities) {
      const got = get(q.article)
      if (!got) continue
      const t = fold(q.text)
      const found = got.annotations.quantities.filter(
        (x) => t.includes(fold(x.text)) || fold(x.text).includes(t),
      )
      score(
        'quantities',
        found.some(
          (x) =>
            [x.value, x.normalized?.value].some(
              (v) => v !== undefined && Math.abs(v - q.value) <= Math.abs(q.value) * 1e-9,
            ) && hedge(q.hedge) === hedge(x.hedge),
        ),
        `${q.article}: ${JSON.stringify(q.text)} = ${q.value} ${q.hedge ?? ''}, got ${JSON.stringify(found.map((x) => [x.value, x.unit, x.hedge]))}`,
      )
    }
  }
  return [...scores.values()]
}

/** Separators and dashes at the edges of a planted junk line. */
const EDGE_SEPARATORS = /^[\s|·•–—-]+|[\s|·•–—-]+$/g

/**
 * Whether `text` holds `phrase` as whole words: a planted
 * "Advertisement" label is not still there because the text says
 * "advertisements".
 */
function containsPhrase(text: string, phrase: string): boolean {
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = isWordChar(text[at - 1]) && isWordChar(phrase[0])
    const after = isWordChar(text[at + phrase.length]) && isWordChar(phrase.at(-1))
    if (!before && !after) return true
  }
  return false
}

/** Hedges as written in the truth ("at least", "about") and as typed (`at-least`, `approximately`). */
function hedge(value: string | null | undefined): string | null {
  if (!value) return null
  const v = value.toLowerCase().replace(/\s+/g, '-')
  if (['about', 'around', 'roughly', 'approximately', 'some', 'near', 'approx'].includes(v))
    return 'approximately'
  if (v === 'almost') return 'nearly'
  return v
}

/** `0.917 (11/12)`. */
export function formatScore(s: Score): string {
  return `${ratio(s).toFixed(3)} (${s.hits}/${s.total})`
}

export { ratio }
