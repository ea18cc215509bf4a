/**
 * `npm run bench:extract`: Parallax's HTML extractor against Mozilla
 * Readability (+ linkedom), run live on the same pages in the same run, and
 * against the stored outputs of other extractors, on the ScrapingHub Article
 * Extraction Benchmark dev split (`../shared/data/extraction/dev`).
 *
 * Quality uses the benchmark's own metric (`scripts/lib/extract-metric.ts`),
 * reported on our tuning part, our validation part (sites never tuned on) and
 * all pages. Speed is pages per second over several rounds; memory is the peak
 * resident set of a child process that runs only one extractor.
 *
 * A robustness part then times Parallax on pathological pages generated in
 * memory (`scripts/lib/extract-robustness.ts`: 50 MB, 100,000 deep, 10,000
 * furniture sections), each in its own child process so its peak memory is
 * its own. The tests check what the extractor returns on those pages; their
 * time and memory are measured only here.
 *
 * Usage: `npm run bench:extract [-- --rounds N] [-- --robust-rounds N]
 * [-- --robustness-only] [-- --write]` (`--write` refreshes the "Extraction"
 * section of `docs/benchmarks.md`; not with `--robustness-only`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { writeBenchmarkSection } from './lib/benchmarks-md.js'
import { isValidationSite, type Scores, score } from './lib/extract-metric.js'
import { ROBUSTNESS_PAGES, robustArticle, robustPage } from './lib/extract-robustness.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = resolve(root, '../shared/data/extraction/dev')

interface Item {
  id: string
  html: string
  url: string
  domain: string
}

interface WorkerResult {
  name: string
  outputs: Record<string, string>
  /** Wall-clock seconds of the timed rounds. */
  seconds: number
  /** CPU seconds (user + system) of the timed rounds: what the machine's other load does not inflate. */
  cpuSeconds: number
  /** Pages per CPU second. */
  pagesPerSecond: number
  /** Pages per wall-clock second. */
  pagesPerWallSecond: number
  rounds: number
  peakRssMb: number
  baselineRssMb: number
  errors: number
}

/** What one robustness child process measured on one generated page. */
interface RobustResult {
  name: string
  description: string
  /** Size of the generated page, in UTF-8 bytes. */
  bytes: number
  /** Median wall-clock and CPU seconds of one extraction over the rounds. */
  seconds: number
  cpuSeconds: number
  rounds: number
  /** Resident set after the page was generated, before extracting (MB). */
  baselineRssMb: number
  /** Peak resident set of the process (MB). */
  peakRssMb: number
  /** `null` when the result was as expected, else what was wrong. */
  problem: string | null
}

const args = process.argv.slice(2)
const workerArg = args.find((arg) => arg.startsWith('--worker='))
const robustArg = args.find((arg) => arg.startsWith('--robust='))
/** Rounds run before timing starts. */
const WARMUP_ROUNDS = 2
const rounds = numberArg('--rounds', 5)
/** Extractions timed per generated page (the median is reported). */
const robustRounds = numberArg('--robust-rounds', 3)

if (workerArg !== undefined) {
  await runWorker(workerArg.slice('--worker='.length))
} else if (robustArg !== undefined) {
  await runRobustWorker(robustArg.slice('--robust='.length))
} else {
  await main()
}

function numberArg(flag: string, fallback: number): number {
  const at = args.indexOf(flag)
  return at === -1 ? fallback : Number(args[at + 1]) || fallback
}

function loadItems(): Item[] {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { items: Item[] }
  return manifest.items
}

/** Child process: run one extractor over every page, several rounds, and report. */
async function runWorker(name: string): Promise<void> {
  const items = loadItems()
  // Pages are UTF-8 whatever their meta charset says (see the data README).
  const pages = items.map((item) => gunzipSync(readFileSync(join(dataDir, item.html))).toString('utf8'))
  let extract: (html: string, url: string) => string
  if (name === 'parallax') {
    const { extractHtml } = await import('../src/document/extract/html/index.js')
    extract = (html, url) => extractHtml(html, { url }).text
  } else if (name === 'readability') {
    const { Readability } = await import('@mozilla/readability')
    const { parseHTML } = await import('linkedom')
    extract = (html) => {
      const { document } = parseHTML(html)
      // linkedom's document stands in for the DOM's `Document` (no DOM lib types in a Node project).
      const article = new Readability(
        document as unknown as ConstructorParameters<typeof Readability>[0],
      ).parse()
      return article?.textContent ?? ''
    }
  } else throw new Error(`unknown extractor ${name}`)
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20
  const outputs: Record<string, string> = {}
  let errors = 0
  // Untimed warm-up rounds (JIT tiers, lazily compiled regular expressions), then the timed rounds.
  let start = 0
  let cpuStart = process.cpuUsage()
  for (let round = 0; round < rounds + WARMUP_ROUNDS; round++) {
    if (round === WARMUP_ROUNDS) {
      start = performance.now()
      cpuStart = process.cpuUsage()
    }
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!
      let text = ''
      try {
        text = extract(pages[index]!, item.url)
      } catch {
        errors++
      }
      if (round === 0) outputs[item.id] = text
    }
  }
  const seconds = (performance.now() - start) / 1000
  const cpu = process.cpuUsage(cpuStart)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const result: WorkerResult = {
    name,
    outputs,
    seconds,
    cpuSeconds,
    rounds,
    pagesPerSecond: (items.length * rounds) / cpuSeconds,
    pagesPerWallSecond: (items.length * rounds) / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baselineRssMb,
    errors,
  }
  process.stdout.write(JSON.stringify(result))
}

function runChild(name: string): WorkerResult {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), `--worker=${name}`, '--rounds', String(rounds)],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 },
  )
  if (child.status !== 0) throw new Error(`${name} worker failed: ${child.stderr}`)
  return JSON.parse(child.stdout) as WorkerResult
}

/** Child process: generate one pathological page, extract it a few times, and report. */
async function runRobustWorker(name: string): Promise<void> {
  const spec = ROBUSTNESS_PAGES.find((page) => page.name === name)
  if (spec === undefined) throw new Error(`unknown robustness page ${name}`)
  const { extractHtml } = await import('../src/document/extract/html/index.js')
  // Warm up on a small page, so module loading and first compilation are not timed.
  const small = robustPage(robustArticle())
  for (let round = 0; round < 20; round++) extractHtml(small)
  const html = spec.make()
  const bytes = Buffer.byteLength(html, 'utf8')
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20
  const walls: number[] = []
  const cpus: number[] = []
  let problem: string | null = null
  for (let round = 0; round < robustRounds; round++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    const result = extractHtml(html)
    walls.push((performance.now() - start) / 1000)
    const cpu = process.cpuUsage(cpuStart)
    cpus.push((cpu.user + cpu.system) / 1e6)
    problem ??= spec.check(result)
  }
  const out: RobustResult = {
    name,
    description: spec.description,
    bytes,
    seconds: median(walls),
    cpuSeconds: median(cpus),
    rounds: robustRounds,
    baselineRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    problem,
  }
  process.stdout.write(JSON.stringify(out))
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function runRobustChild(name: string): RobustResult {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      `--robust=${name}`,
      '--robust-rounds',
      String(robustRounds),
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 },
  )
  if (child.status !== 0) throw new Error(`robustness worker ${name} failed: ${child.stderr}`)
  return JSON.parse(child.stdout) as RobustResult
}

/** The robustness part: every generated page in its own process. */
function runRobustness(): string {
  const results: RobustResult[] = []
  for (const page of ROBUSTNESS_PAGES) {
    process.stderr.write(`bench:extract: robustness page ${page.name}\n`)
    results.push(runRobustChild(page.name))
  }
  return renderRobustness(results)
}

function renderRobustness(results: readonly RobustResult[]): string {
  const lines: string[] = []
  lines.push('| page | size (MB) | result | time (s, wall) | CPU (s) | RSS before (MB) | peak RSS (MB) |')
  lines.push('|---|---|---|---|---|---|---|')
  for (const result of results) {
    lines.push(
      `| ${result.description} | ${(result.bytes / 2 ** 20).toFixed(1)} | ${result.problem === null ? 'as expected' : `**${result.problem}**`} | ` +
        `${result.seconds.toFixed(2)} | ${result.cpuSeconds.toFixed(2)} | ${result.baselineRssMb.toFixed(0)} | ${result.peakRssMb.toFixed(0)} |`,
    )
  }
  lines.push('')
  lines.push(
    `Robustness: Parallax alone, one process per page; the page is generated in memory (\`scripts/lib/extract-robustness.ts\`, the same pages the tests check), ` +
      `then extracted ${results[0]?.rounds ?? robustRounds} times after a warm-up on a small page; times are medians of one extraction. ` +
      '"RSS before" is the process with the runtime and the generated page, before extracting; "peak RSS" is the whole process\'s peak. ' +
      '"Result" is the check of `scripts/lib/extract-robustness.ts` (the 50 MB page is an article with its paragraphs; the deep page records where it stopped; the sectioned page keeps no ad label).',
  )
  return lines.join('\n')
}

async function main(): Promise<void> {
  if (args.includes('--robustness-only')) {
    process.stdout.write(`${runRobustness()}\n`)
    return
  }
  if (!existsSync(join(dataDir, 'manifest.json'))) {
    process.stderr.write(`bench:extract: no benchmark data at ${dataDir}\n`)
    process.exitCode = 2
    return
  }
  const items = loadItems()
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >
  const parts = {
    tuning: items.filter((item) => !isValidationSite(item.domain)),
    validation: items.filter((item) => isValidationSite(item.domain)),
    all: items,
  }
  process.stderr.write(`bench:extract: ${items.length} pages, ${rounds} rounds per extractor\n`)
  const parallax = runChild('parallax')
  const readability = runChild('readability')

  const rows: { name: string; scores: Record<keyof typeof parts, Scores>; live?: WorkerResult }[] = []
  const scoreAll = (outputs: Record<string, string>): Record<keyof typeof parts, Scores> => ({
    tuning: score(parts.tuning.map((item) => [truth[item.id]!.articleBody, outputs[item.id] ?? ''] as const)),
    validation: score(
      parts.validation.map((item) => [truth[item.id]!.articleBody, outputs[item.id] ?? ''] as const),
    ),
    all: score(parts.all.map((item) => [truth[item.id]!.articleBody, outputs[item.id] ?? ''] as const)),
  })
  rows.push({ name: 'Parallax', scores: scoreAll(parallax.outputs), live: parallax })
  rows.push({
    name: 'Readability.js + linkedom (live)',
    scores: scoreAll(readability.outputs),
    live: readability,
  })
  const stored = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as {
    baseline_outputs: string[]
  }
  for (const file of stored.baseline_outputs) {
    const raw = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as
      | Record<string, { articleBody?: string }>
      | { version: string; output: Record<string, { articleBody?: string }> }
    const entries = ('output' in raw && typeof raw.version === 'string' ? raw.output : raw) as Record<
      string,
      { articleBody?: string }
    >
    const outputs: Record<string, string> = {}
    for (const [id, value] of Object.entries(entries)) outputs[id] = value.articleBody ?? ''
    rows.push({ name: `${file.replace(/^output\/|\.json$/g, '')} (stored)`, scores: scoreAll(outputs) })
  }

  const table = render(rows, parts, parallax, readability)
  process.stdout.write(`${table}\n`)
  const robustness = runRobustness()
  process.stdout.write(`\n${robustness}\n`)
  if (args.includes('--write')) writeDocs(table, robustness)
}

function render(
  rows: { name: string; scores: Record<'tuning' | 'validation' | 'all', Scores>; live?: WorkerResult }[],
  parts: Record<'tuning' | 'validation' | 'all', Item[]>,
  parallax: WorkerResult,
  readability: WorkerResult,
): string {
  const f = (value: number): string => value.toFixed(3)
  const lines: string[] = []
  lines.push(
    `Pages: tuning ${parts.tuning.length} (${new Set(parts.tuning.map((item) => item.domain)).size} sites), ` +
      `validation ${parts.validation.length} (${new Set(parts.validation.map((item) => item.domain)).size} sites, never tuned on), ` +
      `all ${parts.all.length}.`,
  )
  lines.push('')
  lines.push(
    '| extractor | F1 all | P all | R all | F1 tuning | P tuning | R tuning | F1 validation | P validation | R validation | pages/CPU-s | pages/s (wall) | peak RSS (MB) |',
  )
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const row of rows) {
    const { all, tuning, validation } = row.scores
    const speed = row.live === undefined ? '—' : row.live.pagesPerSecond.toFixed(1)
    const wall = row.live === undefined ? '—' : row.live.pagesPerWallSecond.toFixed(1)
    const memory = row.live === undefined ? '—' : row.live.peakRssMb.toFixed(0)
    lines.push(
      `| ${row.name} | ${f(all.f1)} | ${f(all.precision)} | ${f(all.recall)} | ${f(tuning.f1)} | ${f(tuning.precision)} | ${f(tuning.recall)} | ${f(validation.f1)} | ${f(validation.precision)} | ${f(validation.recall)} | ${speed} | ${wall} | ${memory} |`,
    )
  }
  lines.push('')
  const ratio = parallax.pagesPerSecond / readability.pagesPerSecond
  const wallRatio = parallax.pagesPerWallSecond / readability.pagesPerWallSecond
  lines.push(
    `Speed: Parallax ${parallax.pagesPerSecond.toFixed(1)} pages per CPU second, Readability + linkedom ${readability.pagesPerSecond.toFixed(1)} ` +
      `(${ratio.toFixed(2)}×; wall clock ${wallRatio.toFixed(2)}×): ${parallax.rounds} timed rounds over the ${parts.all.length} pages ` +
      `after ${WARMUP_ROUNDS} warm-up rounds, one process per extractor, on a machine shared with other work (CPU time is what that load does not inflate). ` +
      `Peak RSS: Parallax ${parallax.peakRssMb.toFixed(0)} MB, Readability ${readability.peakRssMb.toFixed(0)} MB ` +
      `(both include ~${parallax.baselineRssMb.toFixed(0)} MB for the runtime and the ${parts.all.length} decompressed pages).`,
  )
  if (parallax.errors + readability.errors > 0) {
    lines.push(
      `Errors: Parallax ${parallax.errors}, Readability ${readability.errors} (scored as empty output).`,
    )
  }
  return lines.join('\n')
}

function writeDocs(table: string, robustness: string): void {
  writeBenchmarkSection(
    'Extraction (bench:extract)',
    [
      "ScrapingHub Article Extraction Benchmark, dev split (`../shared/data/extraction/dev`), scored with the benchmark's own metric " +
        '(4-gram shingle precision and recall per page, averaged over pages, F1 of the averages; `scripts/lib/extract-metric.ts`). ' +
        'The validation part is the sites whose SHA-256 of the domain starts with a byte below 52 (about 20% of sites), ' +
        'fixed before tuning and never tuned on. Readability runs live in the same run; the other rows are the stored outputs in `output/`.',
      '',
      `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench:extract -- --write\`.`,
      '',
      table,
      '',
      '### Robustness',
      '',
      robustness,
    ].join('\n'),
  )
  process.stderr.write(
    'bench:extract: wrote the "Extraction (bench:extract)" section of docs/benchmarks.md\n',
  )
}
