/**
 * Role contradictions: one person, titles that cannot both be true (see
 * {@link compareTitles}). Persons are matched across articles by id and by
 * alias names ("Oduya" for "Salim Oduya").
 */
import type { ContradictionValue, Dismissal, Evidence, Role } from '../../model/index.js'
import { personAliases } from '../text/names.js'
import { words } from '../text/words.js'
import { evidenceFor, type Finding, type StoryMaterial } from './shared.js'
import { compareTitles, PORTFOLIO_WORDS, parseTitle } from './titles.js'

/**
 * A role's title as the text states it. The annotator may cut a coordinated
 * list of portfolios ("Trade, Investment and | Industry Cabinet Secretary");
 * the title is extended back over such a list when every word of it names a
 * portfolio.
 */
export function statedTitle(text: string, role: Role): string {
  const before = text.slice(Math.max(0, role.start - 80), role.start)
  const m = /((?:\p{Lu}\p{L}+,\s+)*\p{Lu}\p{L}+,?\s+and\s+)$/u.exec(before)
  if (m?.[1] && words(m[1]).every((w) => w.lower === 'and' || PORTFOLIO_WORDS[w.lower])) {
    return `${m[1]}${role.title}`.replace(/\s+/g, ' ')
  }
  return role.title.trim()
}

/**
 * Role conflicts of each person across the articles of a story. Every role
 * stated at a mention counts: `Mention.role` and a second role stated there
 * (`Mention.alsoRole`: `the ferry's master, Captain X`). Two roles of one
 * article are never compared with each other (one report states both), and
 * a role elsewhere may conflict with either of them — each is a claim of its
 * report — unless it is the very office stated beside the other at one
 * mention: that report then holds the two together, so the pair is
 * dismissed (`compatible-title:co-stated`).
 */
export function findRoleConflicts(m: StoryMaterial, out: Finding[], dismissals: Dismissal[]): void {
  type Stated = {
    article: string
    title: string
    evidence: Evidence
    actor: string
    name: string
    /** Titles stated beside this one at one mention of the same article. */
    beside: string[]
  }
  const canonical = personAliases(m.docs.flatMap((d) => d.annotations.mentions.map((x) => x.actor)))
  const byActor = new Map<string, Stated[]>()
  for (const doc of m.docs) {
    for (const mention of doc.annotations.mentions) {
      if (!mention.role || mention.actor.kind !== 'person') continue
      const actor = canonical.get(mention.actor.id) ?? mention.actor.id
      const list = byActor.get(actor) ?? []
      const roles = mention.alsoRole ? [mention.role, mention.alsoRole] : [mention.role]
      const titles = roles.map((role) => statedTitle(doc.article.text, role))
      roles.forEach((role, k) => {
        const title = titles[k] as string
        const beside = titles.filter((t, other) => other !== k && t.toLowerCase() !== title.toLowerCase())
        const known = list.find(
          (s) => s.article === doc.article.id && s.title.toLowerCase() === title.toLowerCase(),
        )
        if (known) {
          for (const t of beside) if (!known.beside.includes(t)) known.beside.push(t)
          return
        }
        list.push({
          article: doc.article.id,
          title,
          evidence: evidenceFor(doc, role.start < mention.start ? role : mention),
          actor,
          name: mention.actor.name,
          beside,
        })
      })
      byActor.set(actor, list)
    }
  }
  /** Whether title `t` names the same office as a title stated beside `s` (so `s`'s report holds both). */
  const heldBeside = (t: string, s: Stated) =>
    s.beside.some((b) => b.toLowerCase() === t.toLowerCase() || compareTitles(t, b).rule === 'same-office')
  for (const [actor, stated] of [...byActor].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const specific = stated.filter((s) => {
      const t = parseTitle(s.title)
      return t.family !== 'generic' && !t.notCurrent
    })
    let conflict: { rule: string; why: string } | null = null
    for (let i = 0; i < stated.length; i++) {
      for (let j = i + 1; j < stated.length; j++) {
        const x = stated[i] as Stated
        const y = stated[j] as Stated
        if (x.article === y.article || x.title.toLowerCase() === y.title.toLowerCase()) continue
        const found = compareTitles(x.title, y.title)
        const coStated = !found.compatible && (heldBeside(x.title, y) || heldBeside(y.title, x))
        const verdict = coStated
          ? {
              compatible: true,
              rule: 'co-stated',
              why: `"${x.title}" and "${y.title}" are stated together at one mention of one report`,
            }
          : found
        const values = [roleValue(x), roleValue(y)]
        if (!verdict.compatible) conflict ??= verdict
        else
          dismissals.push({
            kind: 'role',
            subject: { text: x.name, actor },
            values,
            rule: `compatible-title:${verdict.rule}`,
            why: verdict.why,
          })
      }
    }
    if (!conflict) continue
    const longest = stated.reduce((l, s) => (s.name.length > l.name.length ? s : l))
    out.push({
      kind: 'role',
      key: `role ${actor}`,
      subject: { text: longest.name, actor },
      values: specific.map(roleValue),
      rule: `incompatible-titles:${conflict.rule}`,
      why: conflict.why,
    })
  }
}

function roleValue(s: { article: string; title: string; evidence: Evidence }): ContradictionValue {
  return { value: s.title, normalized: s.title.toLowerCase(), article: s.article, evidence: s.evidence }
}
