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

export function findRoleConflicts(m: StoryMaterial, out: Finding[], dismissals: Dismissal[]): void {
  type Stated = { article: string; title: string; evidence: Evidence; actor: string; name: string }
  const canonical = personAliases(m.docs.flatMap((d) => d.annotations.mentions.map((x) => x.actor)))
  const byActor = new Map<string, Stated[]>()
  for (const doc of m.docs) {
    for (const mention of doc.annotations.mentions) {
      if (!mention.role || mention.actor.kind !== 'person') continue
      const actor = canonical.get(mention.actor.id) ?? mention.actor.id
      const list = byActor.get(actor) ?? []
      const title = statedTitle(doc.article.text, mention.role)
      if (list.some((s) => s.article === doc.article.id && s.title.toLowerCase() === title.toLowerCase()))
        continue
      list.push({
        article: doc.article.id,
        title,
        evidence: evidenceFor(doc, mention.role.start < mention.start ? mention.role : mention),
        actor,
        name: mention.actor.name,
      })
      byActor.set(actor, list)
    }
  }
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
        const verdict = compareTitles(x.title, y.title)
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
