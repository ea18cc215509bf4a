/**
 * Typed contradictions between a story's reports, each with its subject, the
 * differing values, the article of each value and the sentence that states
 * it. Differences that were examined and found harmless (aliases, rounding,
 * hedges, compatible titles, rising counts, omissions) are returned as
 * dismissals, so that the silence is explained too.
 *
 * - **role**: one person, titles that cannot both be true ({@link compareTitles});
 * - **quote-speaker**: the same words in quotation marks, different speakers;
 * - **quote-wording**: the same quote by the same speaker, with a material
 *   difference (a negation, a reversed word, a number);
 * - **number**: one quantity (same class of thing, same time, same named
 *   thing or aligned claims), values whose rounding and hedge ranges do not meet;
 * - **date**: leads, or aligned claims, placing the event on different days;
 * - **place**: aligned claims locating the event in different places.
 *
 * See README.md for the rules, and each detector's file for its details.
 */
import type { Contradiction, ContradictionKind, ContradictionValue, Dismissal } from '../../model/index.js'
import { DisjointSets } from '../text/disjoint.js'
import { findDateConflicts, findLeadDateConflicts } from './dates.js'
import { findNumberConflicts } from './figures.js'
import { findPlaceConflicts } from './places.js'
import { findQuoteConflicts } from './quotes.js'
import { findRoleConflicts } from './roles.js'
import {
  CONTRADICT_DEFAULTS,
  type ContradictionResult,
  type ContradictOptions,
  type Finding,
  type Options,
  type StoryMaterial,
} from './shared.js'

export { eventTimes } from './dates.js'
export { type NumberOptions, valueRange, valuesAgree } from './numbers.js'
export {
  DISAGREEMENT_DEFAULTS,
  type Disagreement,
  type DisagreementOptions,
  disagreements,
  polarityMismatches,
} from './polarity.js'
export { statedTitle } from './roles.js'
export {
  CONTRADICT_DEFAULTS,
  type ContradictionResult,
  type ContradictOptions,
  evidenceFor,
  type StoryMaterial,
} from './shared.js'
export { eventSubject, figureSubject, gist, type SubjectFigure } from './subjects.js'
export { compareTitles, parseTitle, type TitleInfo, type TitleVerdict } from './titles.js'

/**
 * Merge findings into contradictions: findings with one key, and findings of
 * one kind that share a value (one sentence's figure set against two others),
 * become one contradiction listing every distinct value.
 */
function merge(findings: readonly Finding[]): Contradiction[] {
  const sets = new DisjointSets<string>()
  const owner = new Map<string, string>()
  for (const f of findings) {
    sets.add(f.key)
    for (const v of f.values) {
      const id = `${f.kind} ${v.article} ${v.evidence.start} ${v.value}`
      const other = owner.get(id)
      if (other) sets.union(other, f.key)
      else owner.set(id, f.key)
    }
  }
  const byKey = new Map<string, Finding[]>()
  for (const f of findings) {
    const root = sets.find(f.key)
    byKey.set(root, [...(byKey.get(root) ?? []), f])
  }
  const counters = new Map<ContradictionKind, number>()
  const out: Contradiction[] = []
  for (const group of byKey.values()) {
    const first = group[0] as Finding
    const values: ContradictionValue[] = []
    for (const f of group) {
      for (const v of f.values) {
        if (
          values.some(
            (x) => x.article === v.article && x.evidence.start === v.evidence.start && x.value === v.value,
          )
        )
          continue
        values.push(v)
      }
    }
    values.sort((x, y) =>
      x.article < y.article ? -1 : x.article > y.article ? 1 : x.evidence.start - y.evidence.start,
    )
    const n = (counters.get(first.kind) ?? 0) + 1
    counters.set(first.kind, n)
    out.push({
      id: `${first.kind}:${n}`,
      kind: first.kind,
      subject: first.subject,
      values,
      rule: first.rule,
      why: [...new Set(group.map((f) => f.why))].join('; '),
    })
  }
  return out
}

/**
 * Find the contradictions of one story.
 *
 * @param material The story's articles (times resolved), claims and alignment.
 * @param options Thresholds (optional; see {@link ContradictOptions}).
 */
export function findContradictions(
  material: StoryMaterial,
  options: Readonly<ContradictOptions> = {},
): ContradictionResult {
  const o: Options = { ...CONTRADICT_DEFAULTS, ...options }
  const groupOf = new Map<string, number>()
  material.alignment.groups.forEach((g, i) => {
    for (const id of g) groupOf.set(id, i)
  })
  const findings: Finding[] = []
  const dismissals: Dismissal[] = []
  findRoleConflicts(material, findings, dismissals)
  findQuoteConflicts(material, o, findings, dismissals)
  findNumberConflicts(material, o, findings, dismissals, groupOf)
  const leadDays = findLeadDateConflicts(material, findings)
  findDateConflicts(material, o, findings, dismissals, groupOf, leadDays)
  findPlaceConflicts(material, o, findings)
  return { contradictions: merge(findings), dismissals }
}
