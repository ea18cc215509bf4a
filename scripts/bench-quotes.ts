/**
 * `npm run bench:quotes` — direct-quote detection and speaker attribution on
 * PolNeAR (../shared/data/quotes/polnear), plus the time per article of the
 * quote, time and quantity annotators.
 *
 * Definitions (also written into docs/benchmarks.md):
 * - gold direct quote: a PolNeAR attribution with `content_is_quoted`
 *   (its content starts and ends with a quotation mark); one annotation per
 *   article (the first annotator of the 4 multiply-annotated training articles);
 * - recall: share of gold direct quotes whose content overlaps a predicted quote;
 * - precision (strict): share of predicted quotes overlapping a gold direct
 *   quote's content; (lenient): overlapping any gold attribution's content —
 *   a quoted fragment inside indirect speech (`said the system is “rigged”`)
 *   is a real quote that PolNeAR files under an unquoted content;
 * - speaker accuracy, over matched gold direct quotes: correct when the
 *   predicted speaker's mention overlaps a gold source span; when the gold
 *   source is a pronoun, the predicted speaker must also be the actor of the
 *   nearest earlier gold source that names a person (overlaps a person
 *   mention of the same recogniser) — PolNeAR has no coreference, so that is
 *   the proxy; a gold attribution with no source is correct when the
 *   predicted speaker is `null`.
 *
 * Also the three stages' share of the per-article scores on our example
 * corpus (test/lib/article-scores.ts: quotes found, quote speakers, times
 * resolved, quantities), and, beside every figure, the one last written in
 * docs/benchmarks.md, so that each run shows before and after.
 *
 * Usage: `npm run bench:quotes [-- --limit N] [--write]` (`--write` updates docs/benchmarks.md).
 */
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { findQuantities } from '../src/document/annotate/quantities/index.js'
import { findQuotes } from '../src/document/annotate/quotes/index.js'
import { resolveTimes } from '../src/document/annotate/times/index.js'
import { type Segmentation, segment } from '../src/document/segment/index.js'
import type { Actor, Block, Mention, Quote, Span } from '../src/model/index.js'
import { writeBenchmarkSection } from './lib/benchmarks-md.js'

const DATA = new URL('../../shared/data/quotes/polnear/polnear.shared.jsonl', import.meta.url)
const DOC = new URL('../docs/benchmarks.md', import.meta.url)
/**
 * The first articles of the file (in its order) are those whose errors were
 * read while the rules were written; the figures are also given for the rest.
 */
const INSPECTED = 300
/** Timed passes after the measuring pass; each stage keeps its fastest. */
const PASSES = 5
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'we', 'i', 'you'])
const SECTION = 'Quotes (bench:quotes)'
/** Categories of the example-corpus scorer that these three stages decide. */
const CORPUS_CATEGORIES = ['quotes found', 'quote speakers', 'times resolved', 'quantities']

interface GoldSpan {
  start: number
  end: number
  text: string
}
interface GoldAttribution {
  id: string
  type: string
  source: GoldSpan[]
  cue: GoldSpan[]
  content: GoldSpan[]
  content_is_quoted: boolean
}
interface GoldRecord {
  article: string
  publication_date: string
  text: string
  attributions: GoldAttribution[]
}

type Recognize = (text: string, seg: Segmentation) => { actors: Actor[]; mentions: Mention[] }

async function loadRecogniser(): Promise<{ recognize: Recognize; name: string }> {
  // The actor recogniser is built in parallel; use it when it is there.
  const path = '../src/document/annotate/actors/index.js'
  try {
    const mod = (await import(path)) as { recognizeActors?: Recognize }
    if (typeof mod.recognizeActors === 'function') {
      return { recognize: mod.recognizeActors, name: 'actor recogniser (src/document/annotate/actors)' }
    }
  } catch (error) {
    // Not there yet, or broken in the working tree right now: say so, then fall back.
    console.error(
      `actor recogniser not usable (${(error as Error).message.split('\n')[0]}); using the fallback`,
    )
  }
  return { recognize: properNounMentions, name: 'proper-noun fallback (PROPN runs as persons)' }
}

/** Fallback mentions: every run of proper-noun tokens is a person named by its last word. */
function properNounMentions(text: string, seg: Segmentation): { actors: Actor[]; mentions: Mention[] } {
  const mentions: Mention[] = []
  const byName = new Map<string, Actor>()
  const { tokens } = seg
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.pos !== 'PROPN') continue
    let j = i
    while (tokens[j + 1]?.pos === 'PROPN' && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++
    const start = tokens[i]!.start
    const end = tokens[j]!.end
    const words = text.slice(start, end).split(/\s+/)
    const key = (words[words.length - 1] ?? '').toLowerCase()
    const actor = byName.get(key) ?? {
      id: `person:${key}`,
      name: words[words.length - 1] ?? key,
      kind: 'person',
    }
    byName.set(key, actor)
    mentions.push({ start, end, text: text.slice(start, end), actor, rule: 'bench:proper-noun' })
    i = j
  }
  return { actors: [...byName.values()], mentions }
}

/** PolNeAR offsets count code points; JavaScript strings count UTF-16 units. */
function codePointMap(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp
  const map: number[] = []
  let unit = 0
  for (const ch of text) {
    map.push(unit)
    unit += ch.length
  }
  map.push(unit)
  return (cp) => map[cp] ?? unit
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = []
  const re = /[^\n]+/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length })
  }
  return blocks
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end
const words = (s: string): string[] => s.toLowerCase().match(/\p{L}+/gu) ?? []

function args(): { limit: number; write: boolean } {
  const argv = process.argv.slice(2)
  const i = argv.indexOf('--limit')
  return { limit: i >= 0 ? Number(argv[i + 1]) : Number.POSITIVE_INFINITY, write: argv.includes('--write') }
}

async function main(): Promise<void> {
  const { limit, write } = args()
  const { recognize, name: recogniserName } = await loadRecogniser()
  const seen = new Set<string>()
  const records: GoldRecord[] = []
  for (const line of readFileSync(DATA, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const rec = JSON.parse(line) as GoldRecord
    if (seen.has(rec.article)) continue
    seen.add(rec.article)
    records.push(rec)
    if (records.length >= limit) break
  }

  let gold = 0
  let goldFound = 0
  let predicted = 0
  let predictedStrict = 0
  let predictedLenient = 0
  let speakerTotal = 0
  let speakerRight = 0
  const bySourceType = { named: [0, 0], pronoun: [0, 0], none: [0, 0] }
  // [gold, found, speaker right] for the articles whose errors were read while
  // the rules were written, and for the rest.
  const bySplit = [
    [0, 0, 0],
    [0, 0, 0],
  ]
  let chars = 0

  for (const [index, rec] of records.entries()) {
    const split = bySplit[index < INSPECTED ? 0 : 1]!
    const { text } = rec
    chars += text.length
    const toUnit = codePointMap(text)
    const conv = (s: GoldSpan): GoldSpan => ({ start: toUnit(s.start), end: toUnit(s.end), text: s.text })
    const attributions = rec.attributions.map((a) => ({
      ...a,
      source: a.source.map(conv),
      content: a.content.map(conv),
    }))

    const seg = segment(text, blocksOf(text))
    const { mentions } = recognize(text, seg)
    const persons = mentions.filter((m) => m.actor.kind === 'person')
    const quotes = findQuotes(text, seg, mentions)

    const direct = attributions.filter((a) => a.content_is_quoted && a.content.length > 0)
    gold += direct.length
    split[0]! += direct.length
    predicted += quotes.length
    for (const q of quotes) {
      if (direct.some((a) => a.content.some((c) => overlaps(c, q)))) predictedStrict++
      if (attributions.some((a) => a.content.some((c) => overlaps(c, q)))) predictedLenient++
    }
    // Gold sources naming a person, in text order, with that person: the pronoun proxy.
    const named = attributions
      .flatMap((a) => a.source)
      .filter((s) => !PRONOUNS.has(s.text.trim().toLowerCase()))
      .flatMap((s) => {
        const m = persons.filter((p) => overlaps(p, s)).pop()
        return m ? [{ start: s.start, end: s.end, actor: m.actor }] : []
      })
      .sort((a, b) => a.start - b.start)
    for (const a of direct) {
      let best: Quote | null = null
      let bestOverlap = 0
      for (const q of quotes) {
        for (const c of a.content) {
          const o = Math.min(c.end, q.end) - Math.max(c.start, q.start)
          if (o > bestOverlap) {
            bestOverlap = o
            best = q
          }
        }
      }
      if (!best) continue
      goldFound++
      speakerTotal++
      split[1]!++
      const sourceText = a.source
        .map((s) => s.text)
        .join(' ')
        .trim()
        .toLowerCase()
      const kind = a.source.length === 0 ? 'none' : PRONOUNS.has(sourceText) ? 'pronoun' : 'named'
      let right: boolean
      const sp = best.speaker
      if (kind === 'none') right = sp === null
      else if (!sp?.mention) right = false
      else {
        const mention = sp.mention
        right = a.source.some((s) => overlaps(s, mention))
        if (right && kind === 'pronoun') {
          const src = a.source[0]!
          const antecedent = named.filter((s) => s.end <= src.start).pop()
          if (antecedent) {
            const want = new Set(words(antecedent.actor.name))
            right = sp.id === antecedent.actor.id || words(sp.name).some((w) => want.has(w))
          }
        }
      }
      bySourceType[kind][1]!++
      if (right) {
        split[2]!++
        speakerRight++
        bySourceType[kind][0]!++
      }
    }
  }

  // Timing: PASSES more passes over the same articles once the code is warm,
  // keeping each stage's fastest pass — the machine is shared, and a slower
  // pass measures the neighbours, not the code. CPU time (user + system) is
  // kept beside wall time: it leaves out the time other sessions held the core.
  const stages = ['segment', 'actors', 'quotes', 'times', 'quantities'] as const
  type Stage = (typeof stages)[number]
  const zero = (value: number) => Object.fromEntries(stages.map((k) => [k, value])) as Record<Stage, number>
  const cpuMs = (): number => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1000
  }
  const time = zero(Number.POSITIVE_INFINITY)
  const cpu = zero(Number.POSITIVE_INFINITY)
  let p95 = Number.POSITIVE_INFINITY
  for (let pass = 0; pass < PASSES; pass++) {
    const runWall = zero(0)
    const runCpu = zero(0)
    const perArticle: number[] = []
    for (const rec of records) {
      const { text } = rec
      let w = performance.now()
      let c = cpuMs()
      const lap = (stage: Stage): void => {
        const w1 = performance.now()
        const c1 = cpuMs()
        runWall[stage] += w1 - w
        runCpu[stage] += c1 - c
        w = w1
        c = c1
      }
      const seg = segment(text, blocksOf(text))
      lap('segment')
      const { mentions } = recognize(text, seg)
      lap('actors')
      const ours = w
      findQuotes(text, seg, mentions)
      lap('quotes')
      resolveTimes(text, seg, { date: rec.publication_date })
      lap('times')
      findQuantities(text, seg)
      lap('quantities')
      perArticle.push(w - ours)
    }
    for (const k of stages) {
      time[k] = Math.min(time[k], runWall[k])
      cpu[k] = Math.min(cpu[k], runCpu[k])
    }
    perArticle.sort((a, b) => a - b)
    p95 = Math.min(p95, perArticle[Math.floor(perArticle.length * 0.95)] ?? 0)
  }

  const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`)
  const n = records.length
  const per = (ms: number): string => `${(ms / n).toFixed(3)} ms`
  const per3k = (ms: number): string => `${((ms / chars) * 3000).toFixed(3)} ms`
  const previous = previousRun()
  const before = `previous run${previous?.date ? ` (${previous.date})` : ''}`
  /** `| label | value | previous |`, the previous value looked up in the same table. */
  const row =
    (table: string) =>
    (label: string, ...cells: string[]): string =>
      `| ${[label, ...cells, previous?.values.get(`${table}/${label}`) ?? '–'].join(' | ')} |`
  const metric = row('metric')
  const scored = row('example corpus')
  const stage = row('stage')
  const ours = (k: Record<Stage, number>) => k.quotes + k.times + k.quantities
  const corpus = await corpusScores()
  const table = [
    `Data: PolNeAR shared split, ${n} articles (${(chars / n / 1000).toFixed(1)} KB mean), ${gold} gold direct quotes; mentions from the ${recogniserName}.`,
    '',
    `| metric | value | ${before} |`,
    '|---|---|---|',
    metric('quote recall (gold direct quotes overlapped)', `${pct(goldFound, gold)} (${goldFound}/${gold})`),
    metric(
      'quote precision, strict (overlaps a gold direct quote)',
      `${pct(predictedStrict, predicted)} (${predictedStrict}/${predicted})`,
    ),
    metric(
      'quote precision, lenient (overlaps any gold attribution content)',
      pct(predictedLenient, predicted),
    ),
    metric(
      'speaker accuracy (matched quotes)',
      `${pct(speakerRight, speakerTotal)} (${speakerRight}/${speakerTotal})`,
    ),
    metric(
      '— gold source a name or phrase',
      `${pct(bySourceType.named[0]!, bySourceType.named[1]!)} (${bySourceType.named[1]})`,
    ),
    metric(
      '— gold source a pronoun',
      `${pct(bySourceType.pronoun[0]!, bySourceType.pronoun[1]!)} (${bySourceType.pronoun[1]})`,
    ),
    metric(
      '— no gold source (expect `null`)',
      `${pct(bySourceType.none[0]!, bySourceType.none[1]!)} (${bySourceType.none[1]})`,
    ),
    ...bySplit.map(([g, f, r], i) =>
      metric(
        `articles ${i === 0 ? `1–${INSPECTED} (errors read while developing)` : `${INSPECTED + 1}–${n} (never inspected)`}: recall / speaker accuracy`,
        `${pct(f!, g!)} / ${pct(r!, f!)}`,
      ),
    ),
    '',
    `| example corpus (test/lib/article-scores.ts) | value | ${before} |`,
    '|---|---|---|',
    ...corpus.map(([label, value]) => scored(label, value)),
    '',
    `| stage | per article | per 3 KB | per 3 KB, CPU time | ${before}, per 3 KB |`,
    '|---|---|---|---|---|',
    stage('segment (not ours; for scale)', per(time.segment), per3k(time.segment), per3k(cpu.segment)),
    stage(
      `actors (${recogniserName.split(' (')[0]})`,
      per(time.actors),
      per3k(time.actors),
      per3k(cpu.actors),
    ),
    stage('quotes', per(time.quotes), per3k(time.quotes), per3k(cpu.quotes)),
    stage('times', per(time.times), per3k(time.times), per3k(cpu.times)),
    stage('quantities', per(time.quantities), per3k(time.quantities), per3k(cpu.quantities)),
    stage(
      'quotes + times + quantities',
      `${per(ours(time))} (p95 ${p95.toFixed(3)} ms)`,
      per3k(ours(time)),
      per3k(ours(cpu)),
    ),
  ].join('\n')
  console.log(table)
  if (write) writeSection(table)
}

/**
 * The figures of the section as last written, by `table/label` (`metric`,
 * `example corpus`, `stage`): the value column (the wall-clock per-3 KB
 * column of the stage table), and the date of that run.
 */
function previousRun(): { date: string | null; values: Map<string, string> } | null {
  if (!existsSync(DOC)) return null
  const doc = readFileSync(DOC, 'utf8')
  const start = doc.indexOf(`## ${SECTION}`)
  if (start < 0) return null
  const end = doc.indexOf('\n## ', start + 1)
  const section = doc.slice(start, end < 0 ? undefined : end)
  const values = new Map<string, string>()
  let column = 1
  let table = ''
  for (const line of section.split('\n')) {
    if (!line.startsWith('|') || line.startsWith('|---')) continue
    const cells = line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim())
    const [label] = cells
    const header = ['metric', 'stage', 'example corpus'].find((h) => label?.startsWith(h))
    if (header) {
      table = header
      column = Math.max(1, cells.indexOf('per 3 KB'))
      continue
    }
    const value = cells[column]
    if (label && value) values.set(`${table}/${label}`, value)
  }
  return { date: /run on (\d{4}-\d{2}-\d{2})/.exec(section)?.[1] ?? null, values }
}

/** The categories of the example-corpus scorer these stages decide: `[label, "0.963 (79/82)"]`. */
async function corpusScores(): Promise<[string, string][]> {
  const { formatScore, scoreArticles } = await import('../test/lib/article-scores.js')
  const scores = new Map(scoreArticles().map((s) => [s.name, s]))
  return CORPUS_CATEGORIES.flatMap((name): [string, string][] => {
    const score = scores.get(name)
    return score ? [[name, formatScore(score)]] : []
  })
}

/** Replace (or append) the `## Quotes (bench:quotes)` section of docs/benchmarks.md. */
function writeSection(table: string): void {
  const body = [
    `\`npm run bench:quotes\` (scripts/bench-quotes.ts), run on ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores.`,
    '',
    table,
    '',
    'Definitions: a gold direct quote is a PolNeAR attribution with `content_is_quoted` (one annotation per',
    'article). Recall: gold direct quotes whose content overlaps a predicted quote. Strict precision: predicted',
    'quotes overlapping a gold direct quote; lenient: overlapping any gold attribution content (PolNeAR files a',
    'quoted fragment inside indirect speech, `said the system is “rigged”`, under an unquoted content, so the',
    'strict figure counts real partial quotes as errors). Speaker accuracy, over matched gold direct quotes: the',
    "predicted speaker's mention overlaps a gold source span; for a pronoun gold source the predicted speaker",
    'must also be the actor of the nearest earlier gold source that names a person (overlaps a person mention',
    'of the same recogniser) — PolNeAR has no coreference, so that is the proxy, and a noisy one; with no gold',
    'source, `null` is right. Times: wall-clock and CPU time (user + system: what the process itself spent),',
    `fastest of ${PASSES} warm passes over the same articles, one process on the shared 2-core machine while other`,
    'sessions ran; segmentation and actors are shown for scale, not ours.',
    'Example corpus: the per-article scorer of test/lib/article-scores.ts on examples/corpus (hand-written',
    'truth); a speaker name must match the truth exactly, a time value too (an instant is no day), a quantity',
    'its value as written. Previous run: the figures this section held before this run (another load, another',
    'day: compare times with care).',
  ].join('\n')
  writeBenchmarkSection(SECTION, body)
}

await main()
