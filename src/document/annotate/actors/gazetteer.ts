/**
 * The actor gazetteer: countries, organisations and places (no person names:
 * people are found from the shape of their names and the context), loaded once from `data/gazetteer.json` (built by
 * `scripts/build-gazetteer.ts`) into Maps keyed by {@link aliasKey}.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Actor, ActorKind } from '../../../model/index.js'

/** One gazetteer entity. */
export interface GazetteerEntry {
  actor: Actor
  /** Index of the country it belongs to (a city's country, a ministry's state), or `-1`. */
  parent: number
}

/** The loaded gazetteer. */
export interface Gazetteer {
  entries: GazetteerEntry[]
  /** Case-insensitive aliases: {@link aliasKey} → entry index. */
  byKey: ReadonlyMap<string, number>
  /** Acronyms (`US`, `DPRK`, `AFP`): exact capitals, periods removed → entry index. */
  acronyms: ReadonlyMap<string, number>
  /** Nationality adjectives (`japanese`, `north korean`) → country entry index. */
  demonyms: ReadonlyMap<string, number>
  /** Longest alias in key words, to bound lookups. */
  maxWords: number
  byId: ReadonlyMap<string, number>
  /** Milliseconds spent loading and indexing. */
  loadMs: number
}

/**
 * The data file. Each entity row is `[id, name, parent index, ...keys]`; a
 * key is an {@link aliasKey}, or `=` and an acronym matched in capitals only.
 */
export interface GazetteerFile {
  entities: (string | number)[][]
  demonyms: (string | number)[][]
}

const KINDS: Readonly<Record<string, ActorKind>> = {
  country: 'country',
  org: 'organization',
  place: 'place',
  person: 'person',
}

/** An alias in capitals with no lower-case letter, one word once periods go: an acronym. */
const ACRONYM = /^[A-Z0-9&]{1,6}$/

/** Exact-case acronym key of a word as written (`U.S.` → `US`), or `null`. */
export function acronymKey(value: string): string | null {
  const bare = value.replace(/[.\s]/g, '')
  return ACRONYM.test(bare) && /[A-Z]/.test(bare) ? bare : null
}

/** Kind of an actor id (`country:JPN` → `country`). */
export function kindOfId(id: string): ActorKind {
  return KINDS[id.slice(0, id.indexOf(':'))] ?? 'organization'
}

/**
 * Where the data file is: next to this module when running from `src/`, or
 * back in `src/` when running compiled from `dist/` (tsc does not copy JSON).
 */
function dataPath(): string {
  const local = fileURLToPath(new URL('./data/gazetteer.json', import.meta.url))
  if (existsSync(local)) return local
  return fileURLToPath(
    new URL('../../../../src/document/annotate/actors/data/gazetteer.json', import.meta.url),
  )
}

/** Build the lookup structures from the parsed file. */
export function indexGazetteer(file: GazetteerFile, loadStarted = performance.now()): Gazetteer {
  const entries: GazetteerEntry[] = []
  const byKey = new Map<string, number>()
  const acronyms = new Map<string, number>()
  const byId = new Map<string, number>()
  let maxWords = 1
  file.entities.forEach((row, index) => {
    const [id, name, parent, ...aliases] = row as [string, string, number, ...string[]]
    entries.push({ actor: { id, name, kind: kindOfId(id) }, parent })
    byId.set(id, index)
    for (const key of aliases) {
      if (key.startsWith('=')) {
        const acronym = key.slice(1)
        if (!acronyms.has(acronym)) acronyms.set(acronym, index)
        continue
      }
      if (byKey.has(key)) continue
      byKey.set(key, index)
      const count = key.split(' ').length
      if (count > maxWords) maxWords = count
    }
  })
  const demonyms = new Map<string, number>()
  for (const [country, ...adjectives] of file.demonyms as [number, ...string[]][]) {
    for (const key of adjectives) demonyms.set(key.startsWith('=') ? key.slice(1) : key, country)
  }
  return {
    entries,
    byKey,
    acronyms,
    demonyms,
    maxWords: Math.min(maxWords, 10),
    byId,
    loadMs: performance.now() - loadStarted,
  }
}

let cached: Gazetteer | undefined

/** The bundled gazetteer, loaded on first use. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const started = performance.now()
    const file = JSON.parse(readFileSync(dataPath(), 'utf8')) as GazetteerFile
    cached = indexGazetteer(file, started)
  }
  return cached
}

/**
 * The country an actor belongs to, per the gazetteer: a country is its own,
 * a capital or city gives its state (`place:pyongyang` → `country:PRK`), an
 * organisation seated in one state gives it (`org:kremlin` → `country:RUS`).
 * Later stages use it where a capital stands for its government.
 *
 * @returns A `country:` id, or `null` when unknown.
 */
export function countryOf(id: string): string | null {
  if (id.startsWith('country:')) return id
  const g = loadGazetteer()
  const at = g.byId.get(id)
  if (at === undefined) {
    const qualified = /^org:([a-z]{3})-/.exec(id)
    const code = qualified?.[1]?.toUpperCase()
    return code && g.byId.has(`country:${code}`) ? `country:${code}` : null
  }
  const parent = g.entries[at]?.parent ?? -1
  return parent >= 0 ? (g.entries[parent]?.actor.id ?? null) : null
}
