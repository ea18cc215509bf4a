/**
 * Build the actor gazetteer (`src/document/annotate/actors/data/gazetteer.json`)
 * from the shared actor dictionaries and the hand-curated supplement.
 *
 * Inputs (read-only, `../shared/data/events/actors/`):
 * - `countryinfo/countryinfo.json` (CountryInfo, CC BY-SA 3.0): countries,
 *   nationality adjectives, capitals, major cities, regions, geographic
 *   features (its leaders' names only help tell Phoenix person rows from
 *   organisations, and are not shipped);
 * - `phoenix_actors.jsonl` (Phoenix/PETRARCH-2 dictionaries, MIT):
 *   international organisations, companies, NGOs, armed groups (person rows
 *   are only told apart from organisations and left out: no person name is
 *   shipped);
 * - `icews_text_to_cameo/countrynames.txt` (text_to_CAMEO, MIT): country
 *   display names and ISO codes;
 * - `src/document/annotate/actors/data/supplement.txt`: reviewed modern
 *   aliases, news agencies, regions.
 *
 * Run: `npx tsx scripts/build-gazetteer.ts [--shared DIR]`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { acronymKey } from '../src/document/annotate/actors/gazetteer.js'
import { aliasKey, slug, titleCase } from '../src/document/annotate/actors/normalize.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const sharedArg = process.argv.indexOf('--shared')
const shared = resolve(sharedArg > 0 ? (process.argv[sharedArg + 1] ?? '') : join(root, '..', 'shared'))
const actorsDir = join(shared, 'data', 'events', 'actors')
const dataDir = join(root, 'src', 'document', 'annotate', 'actors', 'data')

// --- Tables ---------------------------------------------------------------

/** Words that make a dictionary name an organisation rather than a person. */
const ORG_WORDS = new Set(
  `ACADEMY AGENCY AIRLINES AIRWAYS ALLIANCE ARMY ASSOCIATION AUTHORITY BANCORP BANK BATTALION BOARD BRIGADE BRIGADES
  BUREAU CABINET CENTER CENTRE CHAMBER CHURCH CLUB COALITION COLLEGE COMMAND COMMISSION COMMITTEE COMMUNITY COMPANY
  CONFEDERATION CONFERENCE CONGRESS CORP CORPORATION COUNCIL COURT DEPARTMENT DIVISION ENERGY ENTERPRISES FEDERATION
  FORCE FORCES FOUNDATION FRONT FUND GROUP GUARD GUARDS HOLDINGS HOSPITAL INC INDUSTRIES INSTITUTE INTERNATIONAL
  LEAGUE LIMITED LTD MINISTRY MISSION MOVEMENT NETWORK NETWORKS NEWS OFFICE ORGANISATION ORGANIZATION PARLIAMENT
  PARTNERS PARTY PETROLEUM PHARMACEUTICALS POLICE PROGRAM PROGRAMME PROJECT REPUBLIC RESOURCES SERVICE SERVICES
  SOCIETY SOLUTIONS SYSTEMS TECHNOLOGIES TECHNOLOGY TRIBUNAL TRUST UNION UNIVERSITY BANCSHARES BANCORPORATION
  FINANCIAL INSURANCE INVESTMENT INVESTMENTS CAPITAL COMMUNICATIONS TELECOM MEDIA ENTERTAINMENT LABS LABORATORIES
  MOTORS FOODS STORES BRANDS PRODUCTS INDUSTRY MINING OIL GAS POWER ELECTRIC AIR NAVY MILITIA REBELS GOVERNMENT
  ASSEMBLY SENATE DIRECTORATE SECRETARIAT COOPERATIVE CO-OPERATIVE AID RELIEF WATCH ACTION INITIATIVE PARTNERSHIP
  NETWORK CAMPAIGN YOUTH WOMEN CHILDREN RIGHTS HEALTH DEVELOPMENT EDUCATION SCHOOL TRADE ECONOMIC ISLAMIC`.split(
    /\s+/,
  ),
)

/** Words that make a dictionary alias a title, not a name (`PRESIDENT PUTIN`). */
const TITLE_WORDS = new Set(
  `PRESIDENT PRIME MINISTER SECRETARY SECRETARY-GENERAL GENERAL CHANCELLOR KING QUEEN PRINCE PRINCESS SHEIKH SHEIK
  EMIR AMIR SULTAN DR DR. MR MR. MRS MS SIR LORD DAME POPE AYATOLLAH AMBASSADOR SENATOR GOVERNOR MAYOR LEADER CHIEF
  COMMANDER COLONEL CAPTAIN LIEUTENANT MAJOR ADMIRAL MARSHAL CHAIRMAN CHAIRWOMAN SPEAKER JUDGE JUSTICE FORMER
  DEPUTY VICE FOREIGN DEFENSE DEFENCE EX-PRESIDENT PREMIER REV REVEREND BISHOP CARDINAL IMAM MULLAH`.split(
    /\s+/,
  ),
)

/** Tokens that never start a person's name (used only to tell person rows from organisations). */
const NOT_NAME_TOKENS = new Set(
  `AL EL BIN BEN IBN BINT ABU UMM DE DA DEL DER VAN VON LA LE DI DOS DAS DU DES Y E OF THE AND SIR JR SR II III IV`.split(
    /\s+/,
  ),
)

/** CountryInfo codes that are not the ISO 3166-1 alpha-3 code of the country. */
const CODE_FIXES: Readonly<Record<string, string>> = { TMP: 'TLS', KSV: 'XKX', NLDANT: 'ANT' }

/** Suffixes that mark a nationality adjective or demonym in CountryInfo's `Nationality` list. */
const ADJECTIVE_SUFFIX =
  /(AN|ESE|ISH|[^R]I|IC|CH|SH|ER|OT|ENE|INE|ITE|ENO|ECH|ISS|EK|IK|GZ|HIZ|ENS|AVE|SY|DE|OLE|QUE|AIS|BE|ETE|SE|EAN|ONIAN|NX|GI)$/

// --- Helpers --------------------------------------------------------------

interface Entity {
  id: string
  name: string
  parent: string | null
  aliases: Set<string>
  priority: number
}

/** Higher wins when two entities claim one alias key. */
const PRIORITY = { supplement: 5, country: 4, place: 3, org: 2 } as const

const entities = new Map<string, Entity>()
const demonyms = new Map<string, Set<string>>()

function entity(id: string, name: string, priority: number, parent: string | null = null): Entity {
  let found = entities.get(id)
  if (!found) {
    found = { id, name, parent, aliases: new Set(), priority }
    entities.set(id, found)
  } else if (priority > found.priority) {
    found.name = name
    found.priority = priority
    if (parent) found.parent = parent
  }
  return found
}

/** Whether `a` looks like a spelling of `b` (shared 4-letter prefix). */
function similar(a: string, b: string): boolean {
  const x = aliasKey(a).replace(/^the /, '')
  const y = aliasKey(b).replace(/^the /, '')
  return x.slice(0, 4) === y.slice(0, 4)
}

/**
 * Data-derived aliases arrive in capitals. Short single words are kept in
 * capitals (they are acronyms such as `IAEA` and only match capitals in the
 * text); everything else becomes title case so it matches any casing.
 */
function displayForm(raw: string): string {
  const value = raw.trim().replace(/\s+/g, ' ')
  if (/[a-z]/.test(value)) return value
  if (!value.includes(' ') && value.replace(/[.-]/g, '').length <= 5) return value
  return titleCase(value)
}

/** CountryInfo stores variants as `{NAME ONE }{NAME TWO }`. */
function variants(raw: string): string[] {
  const braces = [...raw.matchAll(/\{([^}]*)\}/g)].map((m) => (m[1] ?? '').trim())
  const list = braces.length > 0 ? braces : [raw]
  return list.map((v) => v.replace(/_/g, ' ').replace(/\s+/g, ' ').trim()).filter((v) => v.length > 1)
}

const personShape = /^[A-Z][A-Z'.-]*( [A-Z][A-Z'.-]*){1,4}$/

// --- Supplement ------------------------------------------------------------

const dropped = new Set<string>()
const supplementEntries: { id: string; name: string; aliases: string[]; parent: string | null }[] = []
for (const raw of readFileSync(join(dataDir, 'supplement.txt'), 'utf8').split('\n')) {
  const line = raw.trim()
  if (line === '' || line.startsWith('#')) continue
  const fields = line.split(' | ').map((f) => f.trim())
  const head = fields[0] ?? ''
  const list = (fields[1] ?? '')
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean)
  if (head === 'drop') {
    for (const alias of list) dropped.add(aliasKey(alias))
  } else if (head.startsWith('demonym ')) {
    const id = head.slice('demonym '.length)
    for (const adj of list) {
      if (!demonyms.has(id)) demonyms.set(id, new Set())
      demonyms.get(id)?.add(adj)
    }
  } else {
    const aliases = (fields[2] ?? '')
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean)
    supplementEntries.push({ id: head, name: fields[1] ?? head, aliases, parent: fields[3] || null })
  }
}

// --- ICEWS country names -----------------------------------------------------

const icewsNames = new Map<string, string[]>()
for (const line of readFileSync(join(actorsDir, 'icews_text_to_cameo', 'countrynames.txt'), 'utf8').split(
  '\n',
)) {
  const [name, code] = line.split('\t')
  if (!name || !code || name === 'NULL') continue
  if (!icewsNames.has(code)) icewsNames.set(code, [])
  icewsNames.get(code)?.push(name)
}

// --- CountryInfo -------------------------------------------------------------

interface CountryInfo {
  CountryCode: string | null
  CountryName: string
  'ISO3166-alpha3': string
  Nationality: string[]
  Capital: string[]
  MajorCities: string[]
  Regions: string[]
  GeogFeatures: string[]
  leaders: { name: string }[]
  government: { name: string }[]
}
const countryInfo = JSON.parse(
  readFileSync(join(actorsDir, 'countryinfo', 'countryinfo.json'), 'utf8'),
) as CountryInfo[]

const codeCounts = new Map<string, number>()
for (const c of countryInfo)
  if (c.CountryCode) codeCounts.set(c.CountryCode, (codeCounts.get(c.CountryCode) ?? 0) + 1)

/** ISO alpha-3 of a CountryInfo record (its `ISO3166-alpha3` has known errors: Japan is `JON`). */
function isoOf(c: CountryInfo): string | null {
  const code = c.CountryCode ?? ''
  const iso = c['ISO3166-alpha3']
  let chosen: string | null = null
  if (/^[A-Z]{3}$/.test(code) && code === iso) chosen = code
  else if (/^[A-Z]{3}$/.test(code) && codeCounts.get(code) === 1) chosen = code
  else if (/^[A-Z]{3}$/.test(iso)) chosen = iso
  else if (CODE_FIXES[code]) chosen = code
  return chosen ? (CODE_FIXES[chosen] ?? chosen) : null
}

/** CountryInfo leaders' and ministers' names: read to classify Phoenix rows, never written out. */
const personNames = new Set<string>()
const placeOwners = new Map<string, Set<string>>()
const countryAliasOwners = new Map<string, Set<string>>()

for (const c of countryInfo) {
  for (const l of c.leaders) for (const v of variants(l.name)) personNames.add(v)
  for (const g of c.government) for (const v of variants(g.name)) personNames.add(v)
  const iso = isoOf(c)
  if (!iso) continue
  const id = `country:${iso}`
  const countryName = c.CountryName.replace(/_+$/, '').replace(/_/g, ' ')
  const display = icewsNames.get(c.CountryCode ?? '')?.[0] ?? titleCase(countryName)
  entity(id, display, PRIORITY.country)
  const claim = (alias: string) => {
    const key = aliasKey(alias)
    if (!countryAliasOwners.has(key)) countryAliasOwners.set(key, new Set())
    countryAliasOwners.get(key)?.add(id)
    entities.get(id)?.aliases.add(displayForm(alias))
  }
  claim(countryName)
  for (const name of icewsNames.get(c.CountryCode ?? '') ?? []) claim(name)
  const first = c.Nationality[0] ?? ''
  for (const item of c.Nationality) {
    const value = item.replace(/_/g, ' ').trim()
    if (!/^[A-Z][A-Z .'-]+$/.test(value)) continue
    const adjective =
      ADJECTIVE_SUFFIX.test(value) &&
      !/\b(REPUBLIC|KINGDOM|STATES?|ISLANDS?|KOREA|CONGO)\b/.test(value) &&
      (value === first || similar(value, first) || similar(value, countryName))
    if (adjective) {
      if (!demonyms.has(id)) demonyms.set(id, new Set())
      demonyms.get(id)?.add(titleCase(value))
    } else if (!/(ANS|IANS|ERS|ITES|ESES|OTS)$/.test(value)) {
      claim(value)
    }
  }
  for (const list of [c.Capital, c.MajorCities, c.Regions, c.GeogFeatures]) {
    for (const raw of list) {
      const name = raw.replace(/_/g, ' ').trim()
      if (name.length < 3) continue
      const key = aliasKey(name)
      if (!placeOwners.has(key)) placeOwners.set(key, new Set())
      placeOwners.get(key)?.add(id)
    }
  }
}

// An alias claimed by several countries belongs to the one whose name it spells
// (`Serbian` → Serbia); otherwise to none.
for (const [key, owners] of countryAliasOwners) {
  if (owners.size < 2) continue
  const ids = [...owners]
  const spelled = ids.filter((id) => similar(key, entities.get(id)?.name ?? ''))
  for (const id of ids) {
    if (spelled.length === 1 && spelled[0] === id) continue
    const e = entities.get(id)
    if (!e) continue
    for (const alias of [...e.aliases]) if (aliasKey(alias) === key) e.aliases.delete(alias)
  }
}

const countryKeys = new Set<string>()
for (const e of entities.values()) for (const a of e.aliases) countryKeys.add(aliasKey(a))

for (const [key, owners] of placeOwners) {
  if (countryKeys.has(key)) continue
  const display = titleCase(key)
  const parent = owners.size === 1 ? ([...owners][0] ?? null) : null
  entity(`place:${slug(key)}`, display, PRIORITY.place, parent).aliases.add(display)
}

// --- Phoenix -----------------------------------------------------------------

interface PhoenixRow {
  file: string
  names: string[]
  codes: { code: string; from: string | null; to: string | null }[]
  comment: string | null
}
const phoenix = readFileSync(join(actorsDir, 'phoenix_actors.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as PhoenixRow)

// First tokens of the CountryInfo leaders' names: only to tell a Phoenix row
// that names a person from one that names an organisation. Person rows are
// left out of the gazetteer (no person name is shipped); the recogniser finds
// people from the shape of names and the context around them.
const firstTokens = new Set<string>()
for (const name of personNames) {
  const tokens = name.toUpperCase().split(/\s+/).filter(Boolean)
  const head = tokens[0] ?? ''
  if (tokens.length < 2 || tokens.length > 5) continue
  if (!NOT_NAME_TOKENS.has(head) && /^[A-Z][A-Z'-]+$/.test(head) && !TITLE_WORDS.has(head))
    firstTokens.add(head)
}

/** Forms of address that open a person's name in the dictionaries (`SHEIKH HASSAN …`). */
const PERSON_PREFIXES = new Set(
  `SHEIKH SHEIK SAYYED SEYYED SAYYID SAYED MR MRS MS SIR SECRETARY COLONEL COMMANDER EMIR MULLAH`.split(' '),
)

/**
 * Whether a dictionary name reads as a person's: two to four words, none an
 * organisation word, opening with a leader's first name or a form of
 * address. Used only to leave such names out of the gazetteer.
 */
function personAlias(name: string): boolean {
  const tokens = name
    .toUpperCase()
    .split(/[\s-]+/)
    .filter(Boolean)
  if (tokens.length < 2 || tokens.length > 4 || tokens.some((t) => ORG_WORDS.has(t))) return false
  if (!personShape.test(tokens.join(' '))) return false
  return firstTokens.has(tokens[0] ?? '') || PERSON_PREFIXES.has(tokens[0] ?? '')
}

const countryCodes = new Set(
  [...entities.keys()].filter((id) => id.startsWith('country:')).map((id) => id.slice(8)),
)
function parentOf(code: string): string | null {
  for (const at of [0, 3]) {
    const part = code.slice(at, at + 3)
    if (countryCodes.has(part)) return `country:${part}`
  }
  return null
}

for (const row of phoenix) {
  if (row.codes.length === 0) continue
  const code = row.codes[0]?.code ?? ''
  if (row.file.includes('Countries') && /^[A-Z]{3}$/.test(code)) continue // country rows: CountryInfo covers them
  const names = row.names
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n) => n.length > 1 && !/[+!]/.test(n))
  if (names.length === 0) continue
  const tokens = names.flatMap((n) => n.toUpperCase().split(/[\s-]+/))
  const orgish = tokens.some((t) => ORG_WORDS.has(t)) || names.some((n) => /[&\d]/.test(n))
  const personish =
    !orgish &&
    names.some((n) => personShape.test(n.toUpperCase())) &&
    (row.comment?.includes('CountryInfo') ||
      names.some((n) => firstTokens.has(n.toUpperCase().split(' ')[0] ?? '')) ||
      row.codes.some((c) => c.from || c.to))
  if (personish) continue
  if (orgish || row.file.includes('International') || row.file.includes('MilNonState')) {
    // Phoenix files people under their organisation's code (a leader's name as
    // an alias of the group): such aliases are left out, so that no person's
    // name is shipped and a person is never read as the organisation.
    // A row named after a person with no organisation word in any of its
    // names is a person filed as a group: left out. Otherwise the row's own
    // name stays (a company named after people) and person aliases go.
    const people = names.map(personAlias)
    const orgWorded = names.some((n) =>
      n
        .toUpperCase()
        .split(/[\s-]+/)
        .some((t) => ORG_WORDS.has(t)),
    )
    if (people[0] && !orgWorded) continue
    const kept = names.filter((_, k) => k === 0 || !people[k])
    const canonical = (kept[0] ?? '').replace(/^THE /i, '')
    const id = `org:${slug(canonical)}`
    if (id === 'org:') continue
    const e = entity(id, displayForm(canonical), PRIORITY.org, parentOf(code))
    for (const n of kept) e.aliases.add(displayForm(n.replace(/^THE /i, '')))
  }
}

// --- Supplement last: it wins every conflict ---------------------------------

for (const e of entities.values())
  for (const a of [...e.aliases]) if (dropped.has(aliasKey(a))) e.aliases.delete(a)
for (const s of supplementEntries) {
  const e = entity(s.id, s.name, PRIORITY.supplement, s.parent)
  e.name = s.name
  e.priority = PRIORITY.supplement
  if (s.parent) e.parent = s.parent
  for (const a of s.aliases) e.aliases.add(a)
}

// --- Resolve alias conflicts and write --------------------------------------

const owner = new Map<string, Entity>()
for (const e of entities.values()) {
  for (const a of e.aliases) {
    const key = aliasKey(a)
    const current = owner.get(key)
    if (!current || e.priority > current.priority) owner.set(key, e)
  }
}
const ordered = [...entities.values()].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))
const index = new Map(ordered.map((e, i) => [e.id, i]))
/**
 * Aliases are stored as lookup keys so that loading is a JSON parse and Map
 * inserts: `=US` is an acronym matched in capitals only, anything else an
 * {@link aliasKey}.
 */
function storedKey(alias: string): string {
  const acronym = /[a-z]/.test(alias) ? null : acronymKey(alias)
  return acronym ? `=${acronym}` : aliasKey(alias)
}
const rows: (string | number)[][] = []
for (const e of ordered) {
  const keys = new Set([...e.aliases].filter((a) => owner.get(aliasKey(a)) === e).map(storedKey))
  keys.delete('')
  rows.push([e.id, e.name, e.parent ? (index.get(e.parent) ?? -1) : -1, ...keys])
}

const demonymRows: (string | number)[][] = []
for (const [id, adjs] of demonyms) {
  const at = index.get(id)
  if (at === undefined) continue
  const keys = [...adjs].filter((a) => !countryKeys.has(aliasKey(a)) || a.length <= 3).map(storedKey)
  demonymRows.push([at, ...new Set(keys)])
}

const out = {
  version: 1,
  about:
    'Actor gazetteer for Parallax. Generated by scripts/build-gazetteer.ts; do not edit by hand (edit supplement.txt).',
  sources: [
    'CountryInfo (openeventdata/CountryInfo@07c9c54888ba, CC BY-SA 3.0): countries, adjectives, capitals, cities, regions',
    'Phoenix actor dictionaries (openeventdata/petrarch2@676801cd9cb2, MIT): organisations (person rows left out)',
    'ICEWS country names (openeventdata/text_to_CAMEO@6d7b3abebe25, MIT): display names and codes',
    'supplement.txt (this repository): reviewed modern aliases, agencies, regions',
  ],
  entities: rows,
  demonyms: demonymRows,
}
const target = join(dataDir, 'gazetteer.json')
writeFileSync(target, JSON.stringify(out))
const kinds = new Map<string, number>()
for (const e of ordered) kinds.set(e.id.split(':')[0] ?? '', (kinds.get(e.id.split(':')[0] ?? '') ?? 0) + 1)
console.log(
  `wrote ${target}: ${ordered.length} entities (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), ` +
    `${owner.size} alias keys, ${demonymRows.length} demonym rows, ${(JSON.stringify(out).length / 1024).toFixed(0)} KiB`,
)
