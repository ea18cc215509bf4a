/**
 * `npm run bench:actors` — how well and how fast the actor recogniser works.
 *
 * There is no named-entity gold here, so the figures come from what exists:
 * - recall of actor spans coded by people in the PLOVER gold records and the
 *   ConfliBERT rater spans (`../shared/data/events/gold/`), restricted to spans
 *   that are proper names (every word capitalised once a leading `the` goes;
 *   nationality adjectives alone, which are not mentions here, are left out);
 * - recall of people: PolNeAR attribution sources that are proper names
 *   (`../shared/data/quotes/polnear/`), found as any actor and as a person;
 * - seeded random samples of person mentions, non-gazetteer mentions and
 *   roles, printed with context, for a by-hand precision check (the judged
 *   figures are written in docs/benchmarks.md, with how they were judged);
 * - gazetteer load time and per-article time.
 *
 * Run: `npm run bench:actors [-- --shared DIR] [--sample N]`.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { GazetteerFile } from '../src/document/annotate/actors/gazetteer.js'
import { indexGazetteer, loadGazetteer } from '../src/document/annotate/actors/gazetteer.js'
import { recognizeActors } from '../src/document/annotate/actors/index.js'
import { aliasKey } from '../src/document/annotate/actors/normalize.js'
import { segment } from '../src/document/segment/index.js'
import type { Block, Mention } from '../src/model/index.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const shared = resolve(arg('--shared') ?? join(root, '..', 'shared'))
const sampleSize = Number(arg('--sample') ?? 40)

// --- Helpers ------------------------------------------------------------------

function blocksOf(text: string): Block[] {
  const blocks: Block[] = []
  const re = /[^\n]+/g
  for (let m = re.exec(text); m; m = re.exec(text))
    blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length })
  return blocks
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T)
}

const gazetteer = loadGazetteer()
const DETERMINERS = /^(the|a|an)\s+/i

/** A span is a proper name when every word is capitalised (a leading `the` aside) and it is not an adjective alone. */
function properName(span: string): boolean {
  const bare = span
    .replace(DETERMINERS, '')
    .replace(/['’]s$/, '')
    .trim()
  if (bare === '') return false
  const words = bare.split(/\s+/)
  if (words.length > 6) return false
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|the|and|for|de|al|bin|van|von|-)$/.test(w)))
    return false
  if (/^(I|He|She|They|We|It|You|His|Her|Their)$/.test(bare)) return false
  return !gazetteer.demonyms.has(aliasKey(bare)) && !gazetteer.demonyms.has(aliasKey(bare.replace(/s$/, '')))
}

interface SpanResult {
  any: boolean
  exact: boolean
  person: boolean
}

/** Whether a gold span `[start, end)` is covered by a mention (any overlap), exactly, and as a person. */
function found(mentions: Mention[], start: number, end: number, spanText: string): SpanResult {
  const bare = spanText
    .replace(DETERMINERS, '')
    .replace(/['’]s$/, '')
    .trim()
  let any = false
  let exact = false
  let person = false
  for (const m of mentions) {
    if (m.end <= start || m.start >= end) continue
    any = true
    if (m.text === bare) exact = true
    if (m.actor.kind === 'person') person = true
  }
  return { any, exact, person }
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`)

// --- 1. Load time and size -----------------------------------------------------------

const dataFile = join(root, 'src', 'document', 'annotate', 'actors', 'data', 'gazetteer.json')
const loads: number[] = []
for (let i = 0; i < 5; i++) {
  const started = performance.now()
  indexGazetteer(JSON.parse(readFileSync(dataFile, 'utf8')) as GazetteerFile, started)
  loads.push(performance.now() - started)
}
loads.sort((a, b) => a - b)
const sizeKiB = statSync(dataFile).size / 1024
console.log('## Gazetteer')
console.log(
  `  ${gazetteer.entries.length} entities, ${gazetteer.byKey.size + gazetteer.acronyms.size} alias keys, ` +
    `${sizeKiB.toFixed(0)} KiB; load (read + parse + index) median ${loads[2]?.toFixed(1)} ms ` +
    `(min ${loads[0]?.toFixed(1)}, max ${loads[4]?.toFixed(1)}; first load in this process ${gazetteer.loadMs.toFixed(1)} ms)`,
)

// --- 2. PLOVER gold actor spans ---------------------------------------------------------

interface PloverActor {
  actorText: string
  code: string
}
interface PloverRecord {
  text: string
  source: PloverActor[] | string
  target: PloverActor[] | string
}
let ploverTotal = 0
const ploverHit = { any: 0, exact: 0 }
const ploverMisses: string[] = []
for (const r of readJsonl<PloverRecord>(
  join(shared, 'data', 'events', 'gold', 'plover_gsr_cameo.shared.jsonl'),
)) {
  const spans = [...(Array.isArray(r.source) ? r.source : []), ...(Array.isArray(r.target) ? r.target : [])]
  const { mentions } = recognizeActors(r.text, segment(r.text, blocksOf(r.text)))
  const seen = new Set<string>()
  for (const a of spans) {
    if (!a.actorText || seen.has(a.actorText) || !properName(a.actorText)) continue
    seen.add(a.actorText)
    const at = r.text.indexOf(a.actorText)
    if (at < 0) continue
    ploverTotal++
    const hit = found(mentions, at, at + a.actorText.length, a.actorText)
    if (hit.any) ploverHit.any++
    else ploverMisses.push(a.actorText)
    if (hit.exact) ploverHit.exact++
  }
}
console.log('\n## PLOVER gold actor spans (proper names)')
console.log(
  `  ${ploverTotal} spans: found ${pct(ploverHit.any, ploverTotal)} (overlap), ${pct(ploverHit.exact, ploverTotal)} (exact text)`,
)
console.log(`  misses (first 25): ${ploverMisses.slice(0, 25).join(' · ')}`)

// --- 3. ConfliBERT rater spans ------------------------------------------------------------

interface ConfliRecord {
  text: string
  annotations: { entities: [string, string, number][] }[]
}
let confliTotal = 0
const confliHit = { any: 0, exact: 0 }
const confliMisses: string[] = []
for (const r of readJsonl<ConfliRecord>(
  join(shared, 'data', 'events', 'gold', 'cameo_conflibert_irr.shared.jsonl'),
)) {
  // Spans two or more raters marked as a source, target or location.
  const votes = new Map<string, { start: number; text: string; n: number }>()
  for (const a of r.annotations) {
    const mine = new Set<string>()
    for (const [role, text, start] of a.entities) {
      if (!/^(Source|Target|Location)/.test(role) || mine.has(`${start}:${text}`)) continue
      mine.add(`${start}:${text}`)
      const key = `${start}:${text}`
      const v = votes.get(key) ?? { start, text, n: 0 }
      v.n++
      votes.set(key, v)
    }
  }
  const { mentions } = recognizeActors(r.text, segment(r.text, blocksOf(r.text)))
  for (const v of votes.values()) {
    if (v.n < 2 || !properName(v.text) || r.text.slice(v.start, v.start + v.text.length) !== v.text) continue
    confliTotal++
    const hit = found(mentions, v.start, v.start + v.text.length, v.text)
    if (hit.any) confliHit.any++
    else confliMisses.push(v.text)
    if (hit.exact) confliHit.exact++
  }
}
console.log('\n## ConfliBERT rater spans (source/target/location, ≥2 raters, proper names)')
console.log(
  `  ${confliTotal} spans: found ${pct(confliHit.any, confliTotal)} (overlap), ${pct(confliHit.exact, confliTotal)} (exact text)`,
)
console.log(`  misses (first 25): ${confliMisses.slice(0, 25).join(' · ')}`)

// --- 4. PolNeAR attribution sources that are proper names ------------------------------------

interface PolnearRecord {
  article: string
  text: string
  attributions: { source: { start: number; end: number; text: string }[] }[]
}
const articles = new Map<string, PolnearRecord>()
for (const r of readJsonl<PolnearRecord>(join(shared, 'data', 'quotes', 'polnear', 'polnear.shared.jsonl')))
  if (!articles.has(r.article)) articles.set(r.article, r)

let sourceTotal = 0
const sourceHit = { any: 0, person: 0 }
const sourceMisses: string[] = []
let chars = 0
let recognizeMs = 0
const samplePool: { mention: Mention; text: string }[] = []
const segmented: { text: string; seg: ReturnType<typeof segment> }[] = []
for (const r of articles.values()) {
  // PolNeAR offsets count code points; JavaScript strings count UTF-16 units.
  const cp: number[] = []
  let unit = 0
  for (const ch of r.text) {
    cp.push(unit)
    unit += ch.length
  }
  cp.push(unit)
  const seg = segment(r.text, blocksOf(r.text))
  segmented.push({ text: r.text, seg })
  const started = performance.now()
  const { mentions } = recognizeActors(r.text, seg)
  recognizeMs += performance.now() - started
  chars += r.text.length
  for (const m of mentions) samplePool.push({ mention: m, text: r.text })
  const seen = new Set<number>()
  for (const a of r.attributions) {
    if (a.source.length !== 1) continue
    const s = a.source[0]
    if (!s || seen.has(s.start) || !properName(s.text) || s.text.split(/\s+/).length > 4) continue
    seen.add(s.start)
    const start = cp[s.start] ?? 0
    const end = cp[s.end] ?? 0
    sourceTotal++
    const hit = found(mentions, start, end, s.text)
    if (hit.any) sourceHit.any++
    else sourceMisses.push(s.text)
    if (hit.person) sourceHit.person++
  }
}
console.log('\n## PolNeAR attribution sources that are proper names (speakers: mostly people)')
console.log(
  `  ${sourceTotal} sources in ${articles.size} articles: found as an actor ${pct(sourceHit.any, sourceTotal)}, as a person ${pct(sourceHit.person, sourceTotal)}`,
)
console.log(`  misses (first 25): ${sourceMisses.slice(0, 25).join(' · ')}`)

// --- 5. Speed ----------------------------------------------------------------------------

const perArticle = recognizeMs / articles.size
// Steady state over five passes: wall time (median) and CPU time of this
// process (least): on a shared machine the CPU time is the steadier figure.
const walls: number[] = []
const cpus: number[] = []
for (let pass = 0; pass < 5; pass++) {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  for (const { text, seg } of segmented) recognizeActors(text, seg)
  const used = process.cpuUsage(cpu)
  walls.push((performance.now() - wall) / segmented.length)
  cpus.push((used.user + used.system) / 1000 / segmented.length)
}
walls.sort((a, b) => a - b)
cpus.sort((a, b) => a - b)
const steady = walls[2] ?? 0
const cpuBest = cpus[0] ?? 0
const per3k = (ms: number) => ((ms * 3072) / (chars / articles.size)).toFixed(2)
console.log('\n## Speed (recogniser only, gazetteer loaded, one core)')
console.log(
  `  ${articles.size} PolNeAR articles, mean ${(chars / articles.size / 1024).toFixed(1)} KiB: ` +
    `first pass (with JIT warm-up) ${perArticle.toFixed(2)} ms/article (${per3k(perArticle)} ms per 3 KiB); ` +
    `steady state, wall median of 5 passes ${steady.toFixed(2)} ms/article (${per3k(steady)} ms per 3 KiB, ` +
    `${(1000 / steady).toFixed(0)} articles/s); CPU time, least of 5 passes ${cpuBest.toFixed(2)} ms/article ` +
    `(${per3k(cpuBest)} ms per 3 KiB)`,
)

// --- 6. Precision sample --------------------------------------------------------------------

/** Deterministic PRNG (mulberry32) so the sample can be re-judged. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
function sample(pool: { mention: Mention; text: string }[], n: number, seed: number) {
  const random = rng(seed)
  const copy = [...pool]
  const out: typeof pool = []
  while (out.length < n && copy.length > 0)
    out.push(copy.splice(Math.floor(random() * copy.length), 1)[0] as (typeof pool)[0])
  return out
}
const show = (list: { mention: Mention; text: string }[]) => {
  for (const { mention: m, text } of list) {
    const before = text.slice(Math.max(0, m.start - 50), m.start).replace(/\s+/g, ' ')
    const after = text.slice(m.end, m.end + 40).replace(/\s+/g, ' ')
    const role = m.role ? ` role=${m.role.title}` : ''
    console.log(`  [${m.actor.kind} ${m.rule}${role}] …${before}⟦${m.text}⟧${after}…`)
  }
}
console.log(`\n## Precision sample: ${sampleSize} person mentions (seed 1), judge by hand`)
show(
  sample(
    samplePool.filter((x) => x.mention.actor.kind === 'person' && !x.mention.rule.startsWith('coref')),
    sampleSize,
    1,
  ),
)
console.log(
  `\n## Precision sample: ${sampleSize} non-gazetteer organisation/place mentions (seed 2), judge by hand`,
)
show(
  sample(
    samplePool.filter((x) => x.mention.actor.kind !== 'person' && !x.mention.rule.startsWith('gazetteer')),
    sampleSize,
    2,
  ),
)

// --- 7. Roles ----------------------------------------------------------------------------

const withRole = samplePool.filter((x) => x.mention.role)
const byRule = new Map<string, number>()
for (const { mention } of withRole) {
  const rule = mention.role?.rule ?? ''
  byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
}
console.log(
  `\n## Roles: ${withRole.length} mentions with a role in ${articles.size} PolNeAR articles ` +
    `(${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')})`,
)
console.log(`\n## Precision sample: ${sampleSize} roles (seed 3), judge by hand`)
for (const { mention: m, text } of sample(withRole, sampleSize, 3)) {
  const role = m.role
  if (!role) continue
  const a = Math.min(m.start, role.start)
  const b = Math.max(m.end, role.end)
  const context = text.slice(Math.max(0, a - 30), Math.min(text.length, b + 30)).replace(/\s+/g, ' ')
  console.log(
    `  [${role.rule}] ⟦${role.title}⟧ key=${role.key} of=${role.of ?? '-'} → ${m.actor.name} :: …${context}…`,
  )
}
