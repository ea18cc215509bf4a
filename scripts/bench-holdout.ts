/**
 * `npm run bench:holdout -- [--corpus holdout|holdout2|…|holdout5] [--write]` —
 * measure the pipeline on an unseen validation corpus (`test/<corpus>/corpus`,
 * truth in `test/<corpus>/truth`; default the first, `holdout`) next to the
 * example corpus (`examples/corpus`, truth in `test/golden/events`), with the
 * same scorers: the per-article categories of `scoreArticles()` and the
 * corpus-stage figures of `scoreExampleCorpus()`.
 *
 * Prints both tables and every miss on the unseen corpus; `--write` records
 * them as that corpus's section of docs/benchmarks.md. An unseen corpus is a
 * measuring stick, not a tuning set: see its README.
 */
import { execSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { formatScore, type Score, scoreArticles } from '../test/lib/article-scores.js'
import { articleKey, EVENTS_DIR, foldKeepCase, loadTruths, processedCorpus } from '../test/lib/corpus.js'
import { markdownTable, writeBenchmarkSection } from './lib/benchmarks-md.js'
import type { PRF } from './lib/cluster-metrics.js'
import { analyzeExampleCorpus, type GoldenScores, scoreExampleCorpus } from './lib/corroborate-eval.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))

/** An unseen validation corpus: where it is, what it holds, and its first measurement. */
interface Holdout {
  /** Folder under `test/`, with `corpus/`, `truth/` and a README. */
  dir: string
  /** Section of docs/benchmarks.md. */
  section: string
  /** What the corpus holds, for the section's introduction. */
  holds: string
  /** The first measurement, whose figures are the floors of `floors`; null before it. */
  firstMeasured: string | null
  /** The test file that guards its floors. */
  floors: string
}

const HOLDOUTS: Record<string, Holdout> = {
  holdout: {
    dir: 'test/holdout',
    section: 'Unseen validation corpus',
    holds:
      '3 invented events told by 3 invented outlets each (9 reports: 5 plain text, 3 HTML pages, 1 undated, one wire story carried by two outlets), written with their truth after the pipeline was built, by someone who had not looked at Parallax output on them. Its misses were diagnosed after the first measurement and their general causes fixed (with unit tests on invented sentences), so it is no longer unseen: the second corpus below is the honest figure',
    firstMeasured: 'commit `3ae96ee`, 2026-11-24',
    floors: 'test/holdout.test.ts',
  },
  holdout2: {
    dir: 'test/holdout2',
    section: 'Second unseen validation corpus',
    holds:
      '3 invented events (a bushfire evacuation, a chemical spill on a river, a cross-border pipeline deal) told by 3 invented outlets each (9 reports: 6 plain text, 3 HTML pages, 1 undated, one wire story carried by two outlets), written with their truth after every pipeline change, by someone who had not looked at Parallax output on them; nobody ran Parallax on it before its first measurement',
    firstMeasured:
      'commit `5b0f21b`, 2026-11-24 (the first time Parallax ran on it; its misses then led to general fixes, so it is no longer unseen)',
    floors: 'test/holdout2.test.ts',
  },
  holdout3: {
    dir: 'test/holdout3',
    section: 'Third unseen validation corpus',
    holds:
      '3 invented events (a tin-mine collapse and rescue in Bolivia, a heat-driven national blackout in Tunisia, a monsoon landslide in Nepal) told by 3 invented outlets each (9 reports: 5 plain text, 4 HTML pages, 1 undated, one wire story carried by two outlets), written with their truth by someone who had read neither Parallax output on them nor its source; nobody ran Parallax on it before its first measurement, which came after the fixes prompted by the second corpus; its misses then led to general fixes, so it is no longer unseen',
    firstMeasured:
      'commit `79af757`, 2026-11-24 (the first time Parallax ran on it: junk 70/78, roles 30/32, times 38/49, quantities 59/67, contradictions 5/8, corroborated 11/23)',
    floors: 'test/holdout3.test.ts',
  },
  holdout4: {
    dir: 'test/holdout4',
    section: 'Fourth unseen validation corpus',
    holds:
      '3 invented events (a freight derailment in British Columbia, ransomware on a Czech hospital network, a Faroese court ruling on a fishing quota) told by 3 invented outlets each (9 reports: 6 plain text, 3 HTML pages, 1 undated, one wire story carried by two outlets), written with their truth by someone who had read neither Parallax output on them nor its source; nobody ran Parallax on it before its first measurement, which came after the fixes prompted by the third corpus; its misses then led to general fixes, so it is no longer unseen',
    firstMeasured:
      'commit `9a85f20`, 2026-11-24 (the first time Parallax ran on it: headline 6/9, junk 76/83, roles 25/38, speakers 27/31, times 33/35, contradictions 6/8, corroborated 12/22)',
    floors: 'test/holdout4.test.ts',
  },
  holdout5: {
    dir: 'test/holdout5',
    section: 'Fifth unseen validation corpus',
    holds:
      "3 invented events (a bank collapse in Saint Lucia, a council-election recount in Latvia, a children's syrup recall in Sri Lanka) told by 3 invented outlets each (9 reports: 6 plain text, 3 HTML pages, 1 undated, one wire story carried by two outlets), written with their truth by someone who had read neither Parallax output on them nor its source; nobody ran Parallax on it before its first measurement, which came after the fixes prompted by the fourth corpus. It is the latest unseen corpus: its first measurement is the honest figure of this pipeline on reports it has never seen",
    firstMeasured: 'commit `9417a0b`, 2026-11-24 (the first time Parallax ran on it)',
    floors: 'test/holdout5.test.ts',
  },
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const which = arg('--corpus') ?? 'holdout'
const HOLDOUT = HOLDOUTS[which]
if (!HOLDOUT) throw new Error(`--corpus: one of ${Object.keys(HOLDOUTS).join(', ')}, not ${which}`)
const HOLDOUT_TRUTH = `${HOLDOUT.dir}/truth`
const write = process.argv.includes('--write')

const pct = (x: number) => (x * 100).toFixed(1)
const prf = (x: PRF) => `${pct(x.p)} / ${pct(x.r)} / ${pct(x.f1)}`
const of = (a: number, b: number) => `${a}/${b}`

/** Per-article categories, in the order `scoreArticles()` reports them. */
function articleRows(example: Score[], holdout: Score[]): (string | number)[][] {
  const byName = (scores: Score[], name: string) => scores.find((s) => s.name === name)
  const names = [...new Set([...holdout.map((s) => s.name), ...example.map((s) => s.name)])]
  return names.map((name) => {
    const h = byName(holdout, name)
    const e = byName(example, name)
    return [name, h ? formatScore(h) : '—', e ? formatScore(e) : '—']
  })
}

/**
 * Planted junk (not the duplicates) whose exact text is still in the clean
 * text. `junk removed` is lenient: it also counts a line as removed when any
 * removed fragment is part of it (a removed logo "GoldCoast Online" covers a
 * kept "…WhatsApp GoldCoast Online on …" line), so this is the strict reading.
 */
function junkKept(truthDir: string): { kept: string[]; total: number } {
  const corpus = processedCorpus(truthDir)
  const kept: string[] = []
  let total = 0
  for (const t of loadTruths(truthDir))
    for (const a of t.articles) {
      const text = corpus.get(articleKey(a))?.data.article?.text
      if (text === undefined) continue
      for (const r of a.removed) {
        if (r.kind === 'duplicate') continue
        total++
        if (foldKeepCase(text).includes(foldKeepCase(r.text)))
          kept.push(`${articleKey(a)}: ${r.kind} ${JSON.stringify(r.text)}`)
      }
    }
  return { kept, total }
}

function kinds(s: GoldenScores): string {
  return Object.entries(s.contradictions.byKind)
    .sort()
    .map(([k, [found, total]]) => `${k} ${found}/${total}`)
    .join(', ')
}

/** Corpus-stage figures of both corpora, side by side. */
function corpusRows(h: GoldenScores, e: GoldenScores): (string | number)[][] {
  const row = (name: string, f: (s: GoldenScores) => string) => [name, f(h), f(e)]
  return [
    row('articles (events); unreadable', (s) => `${s.articles} (${s.grouping.events}); ${s.failed}`),
    row('stories formed', (s) => `${s.grouping.clusters} for ${s.grouping.events} events`),
    row('story grouping B³ P / R / F1', (s) => prf(s.grouping.bcubed)),
    row('story grouping pairwise P / R / F1', (s) => prf(s.grouping.pairwise)),
    row('story dates right', (s) => of(s.dates.correct, s.dates.total)),
    row('contradictions found / planted', (s) => of(s.contradictions.found, s.contradictions.total)),
    row('— by kind', kinds),
    row(
      'contradictions produced / matching a planted one',
      (s) =>
        `${s.contradictions.produced} / ${s.contradictions.produced - s.contradictions.unexpected.length}`,
    ),
    row('decoys wrongly flagged', (s) => of(s.decoys.flagged, s.decoys.total)),
    row('corroborated facts found', (s) => of(s.corroborated.found, s.corroborated.total)),
    row('— with the exact number of origins', (s) => of(s.corroborated.originsExact, s.corroborated.total)),
    row('single-source facts labelled single-source', (s) => of(s.singleSource.found, s.singleSource.total)),
    row('wire-copy origins, pairwise P / R / F1', (s) => prf(s.origins.pairwise)),
  ]
}

/** Every miss on the unseen corpus, as Markdown list sections. */
function misses(articles: Score[], s: GoldenScores, kept: string[]): string {
  const list = (title: string, items: string[]) =>
    items.length === 0 ? `${title}: none.` : [`${title}:`, '', ...items.map((m) => `- ${m}`)].join('\n')
  return [
    ...articles.filter((a) => a.misses.length > 0).map((a) => list(`Per-article, ${a.name}`, a.misses)),
    list('Planted junk still in the clean text (strict check)', kept),
    list('Story dates wrong', s.dates.wrong),
    list('Contradictions missed', s.contradictions.missed),
    list('Contradictions produced but not planted', s.contradictions.unexpected),
    list('Decoys flagged', s.decoys.list),
    list('Corroborated facts missed', s.corroborated.missed),
    list('Single-source facts not labelled single-source', s.singleSource.missed),
  ].join('\n\n')
}

const exampleArticles = scoreArticles()
const holdoutArticles = scoreArticles(HOLDOUT_TRUTH)
const exampleKept = junkKept(EVENTS_DIR)
const holdoutKept = junkKept(HOLDOUT_TRUTH)
const exampleCorpus = scoreExampleCorpus(analyzeExampleCorpus(ROOT))
const holdoutCorpus = scoreExampleCorpus(analyzeExampleCorpus(ROOT, {}, HOLDOUT_TRUTH))

const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim()
const date = new Date().toISOString().slice(0, 10)
const header = ['measure', `unseen corpus (${HOLDOUT.dir})`, 'example corpus (examples/corpus)']
const first = HOLDOUT.firstMeasured
  ? `First measured at ${HOLDOUT.firstMeasured}; the floors of \`${HOLDOUT.floors}\` are at or below this run's figures.`
  : 'This is its first measurement.'
const body = [
  `Measured ${date} at commit \`${commit}\` with \`npm run bench:holdout -- --corpus ${which} --write\` (Node ${process.version}). ${first}`,
  '',
  `The corpus (\`${HOLDOUT.dir}/\`, see its README) is ${HOLDOUT.holds}. The example corpus (\`examples/corpus/\`) is the one everything was tuned on; its column is the same scorers on it in the same run. Both use \`scoreArticles()\` (test/lib/article-scores.ts) and \`scoreExampleCorpus()\` (scripts/lib/corroborate-eval.ts), the same scoring, each on its own truth directory.`,
  '',
  '### Per article',
  '',
  markdownTable(header, [
    ...articleRows(exampleArticles, holdoutArticles),
    [
      'planted junk still in the clean text (strict check, not a scorer category)',
      of(holdoutKept.kept.length, holdoutKept.total),
      of(exampleKept.kept.length, exampleKept.total),
    ],
  ]),
  '',
  `Planted junk still in the clean text of the example corpus (\`junk removed\` takes an item as removed when a removed fragment is part of it, or it part of one): ${exampleKept.kept.join('; ') || 'none'}.`,
  '',
  'Share of truth items right (`hits/total`): headline exact, headings and captions as blocks, junk removed (a planted duplicate paragraph kept once), no real text removed (text reports only: every removal must be planted junk, a date line or the headline), roles as stated for the named person, quotes found and their speakers (full names must match), times resolved against the publication date (undated reports are left to the story stage), quantities with their value and hedge.',
  '',
  '### Corpus stages',
  '',
  markdownTable(header, corpusRows(holdoutCorpus, exampleCorpus)),
  '',
  'All articles of a corpus run through `runCorpus` at once (events are grouped, not given). A planted contradiction is found when one produced contradiction of its kind cites the sentences (for dates: the days) of two of its differing values; a decoy is flagged when a contradiction matching no planted one sets two of its snippets against each other; a corroborated fact is found when one corroborated claim covers snippets of two of its articles.',
  '',
  '### Misses on the unseen corpus',
  '',
  misses(holdoutArticles, holdoutCorpus, holdoutKept.kept),
  '',
  `Floors: \`${HOLDOUT.floors}\` keeps every figure of this corpus at or above a measured level, to catch regressions. They are not targets: the corpus must not be tuned on; a new unseen corpus is the way to measure again honestly.`,
].join('\n')

process.stdout.write(`${body}\n`)
if (write) writeBenchmarkSection(HOLDOUT.section, body)
