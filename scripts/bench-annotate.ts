/**
 * bench:annotate — throughput and peak memory of the per-article pipeline
 * (ingest → extract → segment → annotate, no database) on one core:
 *   1. the 130 real pages of ../shared/data/extraction/dev (HTML),
 *   2. N generated plain-text reports (default 10,000).
 * Each part runs in its own child process so its peak RSS is its own.
 *
 *   npm run bench:annotate [-- --articles 10000] [-- --write]
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resourceUsage } from 'node:process'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { markdownTable, writeBenchmarkSection } from './lib/benchmarks-md.js'

const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const HTML_DIR = fileURLToPath(new URL('../../shared/data/extraction/dev/html/', import.meta.url))

/** Documents run once, untimed, before the timed loop (at most this many). */
const WARM_UP = 200

interface PartResult {
  part: string
  docs: number
  articles: number
  rejected: number
  seconds: number
  /** CPU time (user + system) of the timed loop: the one-core cost, whatever else the machine runs. */
  cpuSeconds: number
  perSecond: number
  perCpuSecond: number
  msPerArticle: number
  peakRssMiB: number
  loadMs: number
  chars: number
}

async function runPart(part: 'html' | 'text', count: number): Promise<PartResult> {
  const t0 = performance.now()
  // The built product (what `parallax` runs), not the TypeScript through tsx:
  // `npm run bench:annotate` builds first.
  const built = '../dist/document/index.js'
  const { runDocuments } = (await import(built)) as typeof import('../src/document/index.js')
  // Warm the lazily built tables (gazetteer, wink model) outside the timed loop.
  runDocuments({
    input: 'warm.txt',
    bytes: new TextEncoder().encode('Warm-up line.\nThe minister said "hello" on Friday in Paris.'),
  })
  const loadMs = performance.now() - t0
  const inputs: { input: string; bytes: Uint8Array }[] = []
  if (part === 'html') {
    for (const name of readdirSync(HTML_DIR).sort()) {
      if (name.endsWith('.html.gz'))
        inputs.push({ input: name, bytes: gunzipSync(readFileSync(HTML_DIR + name)) })
    }
  } else {
    const { generateArticles } = await import('./lib/generate-articles.js')
    const encoder = new TextEncoder()
    for (const [i, text] of generateArticles(count).entries()) {
      inputs.push({ input: `gen-${i}.txt`, bytes: encoder.encode(text) })
    }
  }
  // Steady state, as the other benches measure it: one untimed pass over the
  // first documents lets the JIT compile the hot paths before the clock runs.
  for (const input of inputs.slice(0, WARM_UP)) runDocuments(input)
  let articles = 0
  let rejected = 0
  let chars = 0
  const start = performance.now()
  const cpu = process.cpuUsage()
  for (const input of inputs) {
    for (const file of runDocuments(input)) {
      if (file.data.annotations) {
        articles++
        chars += file.data.article?.text.length ?? 0
      } else rejected++
    }
  }
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  const cpuSeconds = (used.user + used.system) / 1e6
  return {
    part,
    docs: inputs.length,
    articles,
    rejected,
    seconds,
    cpuSeconds,
    perSecond: inputs.length / seconds,
    perCpuSecond: inputs.length / cpuSeconds,
    msPerArticle: (cpuSeconds * 1000) / inputs.length,
    peakRssMiB: resourceUsage().maxRSS / 1024,
    loadMs,
    chars,
  }
}

const part = option('part')
if (part === 'html' || part === 'text') {
  const result = await runPart(part, Number(option('articles') ?? 10_000))
  process.stdout.write(JSON.stringify(result))
} else {
  const count = option('articles') ?? '10000'
  const self = fileURLToPath(import.meta.url)
  const run = (p: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', self, '--part', p, '--articles', count], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      }),
    ) as PartResult
  const results = [run('html'), run('text')]
  const rows = results.map((r) => [
    r.part === 'html' ? `${r.docs} real pages (extraction/dev, HTML)` : `${r.docs} generated text reports`,
    r.articles,
    r.rejected,
    r.perCpuSecond.toFixed(0),
    r.perSecond.toFixed(0),
    r.msPerArticle.toFixed(2),
    (r.chars / r.articles / 1000).toFixed(1),
    r.peakRssMiB.toFixed(0),
    r.loadMs.toFixed(0),
  ])
  const table = markdownTable(
    [
      'corpus',
      'articles',
      'rejected',
      'articles per CPU-second',
      'articles/s (wall)',
      'CPU ms/article',
      'KB text/article',
      'peak RSS MiB',
      'start-up ms',
    ],
    rows,
  )
  process.stdout.write(`${table}\n`)
  const textRate = results[1]?.perCpuSecond ?? 0
  process.stdout.write(
    `target ≥ 200 text articles/s on one core: ${textRate >= 200 ? 'met' : 'NOT met'} (${textRate.toFixed(0)} per CPU-second)\n`,
  )
  if (args.includes('--write')) {
    writeBenchmarkSection(
      'Per-article pipeline (bench:annotate)',
      [
        `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:annotate -- --write\` on the project machine (Node ${process.version}, one core: the pipeline is single-threaded). Ingest → extract → segment → annotate, no database, run from the built \`dist/\` (what \`parallax\` runs). Each corpus runs in its own process; peak RSS is that process's maximum resident set (model and gazetteer included); start-up is module load plus a warm-up document. The first ${WARM_UP} documents of each corpus run once untimed (JIT warm-up), then every document is timed. Throughput is counted per CPU-second of the process (user + system time, so the garbage collector's helper threads count too) — the cost on one core whatever else the shared machine is running; the wall-clock rate of the same run is shown beside it, with the load average at the time.`,
        '',
        table,
        '',
        `Target ≥ 200 text articles/s on one core: **${textRate >= 200 ? 'met' : 'not met'}** (${textRate.toFixed(0)} per CPU-second). Load average during the run: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')}.`,
      ].join('\n'),
    )
  }
}
