/** The verified account as Markdown: one section per story. */
import type { CorpusReport, ReportClaim, StoryReport } from '../../model/index.js'
import {
  byDate,
  contestedDetails,
  day,
  KIND_LABEL,
  markValue,
  escapeMarkdown as md,
  originCount,
  outlets,
  STATUS_LABEL,
} from './shared.js'

function claimLine(c: ReportClaim, names: Map<string, string>, s: StoryReport): string {
  const by = c.articles.map((a) => names.get(a) ?? a).join(', ')
  const origins = c.origins === 1 ? '1 origin' : `${c.origins} independent origins`
  const details = contestedDetails(c, s)
  const note = details.length > 0 ? ` — _contested detail: ${md(details.join('; '))}_` : ''
  return `- **${STATUS_LABEL[c.status]}** — ${md(c.text)} _(${md(by)}; ${origins})_${note}`
}

function story(s: StoryReport): string {
  const names = outlets(s)
  const byId = new Map(s.claims.map((c) => [c.id, c]))
  const out: string[] = []
  out.push(`## ${md(s.title ?? s.id)}`)
  out.push('')
  out.push(
    `${day(s.date)} · ${s.articles.length} article(s) from ${new Set(names.values()).size} outlet(s) · ` +
      `${originCount(s)} independent origin(s) · ${s.contradictions.length} contradiction(s)`,
  )
  out.push('')
  out.push(`Story \`${s.id}\`. Dated ${day(s.date)}: ${md(s.dating.why)}.`)

  out.push('', '### Contradictions', '')
  if (s.contradictions.length === 0) out.push('No contradiction found.')
  for (const c of s.contradictions) {
    out.push(`#### ${KIND_LABEL[c.kind]}: ${md(c.subject.text)}`, '')
    out.push(`_${md(c.why)}_`, '')
    out.push('| Outlet | Says | Evidence |', '| --- | --- | --- |')
    for (const v of c.values) {
      const [before, value, after] = markValue(v.evidence, v.value)
      const evidence = value ? `${md(before)}**${md(value)}**${md(after)}` : md(before)
      out.push(`| ${md(names.get(v.article) ?? v.article)} | ${md(v.value)} | ${evidence} |`)
    }
    out.push('')
  }

  out.push('### Consensus facts', '')
  if (s.consensus.length === 0) out.push('No fact is stated by two independent origins.')
  for (const id of s.consensus) {
    const c = byId.get(id)
    if (c) out.push(claimLine(c, names, s))
  }
  const contested = s.claims.filter((c) => c.status === 'contradicted')
  if (contested.length > 0) {
    out.push('', '### Contested statements', '')
    for (const c of contested) out.push(claimLine(c, names, s))
  }

  out.push('', '### Single-source facts, by outlet', '')
  for (const entry of s.singleSource) {
    out.push(`#### ${md(entry.source)}`, '')
    if (entry.claims.length === 0) out.push('_Nothing that no other outlet states._')
    for (const id of entry.claims) {
      const c = byId.get(id)
      if (c) out.push(`- ${md(c.text)}${c.evidence.some((e) => e.caption) ? ' _(photo caption)_' : ''}`)
    }
    out.push('')
  }

  out.push('### Quotes, by speaker', '')
  const speakers = new Map<string, StoryReport['quotes']>()
  for (const q of s.quotes) {
    const name = q.speaker?.name ?? 'Unattributed'
    speakers.set(name, [...(speakers.get(name) ?? []), q])
  }
  if (speakers.size === 0) out.push('No direct quote.')
  for (const [name, quotes] of speakers) {
    out.push(`- **${md(name)}**`)
    for (const q of quotes) {
      out.push(`  - “${md(q.text)}” — ${md(q.articles.map((a) => names.get(a) ?? a).join(', '))}`)
    }
  }

  out.push('', '### Actors and their roles, by outlet', '')
  const people = s.actors.filter((a) => a.roles.length > 0 || a.articles.length > 1)
  if (people.length === 0) out.push('No actor named by more than one outlet.')
  for (const a of people) {
    const roles = a.roles
      .map((r) => `${md(r.title)} (${md(r.articles.map((x) => names.get(x) ?? x).join(', '))})`)
      .join('; ')
    out.push(`- **${md(a.name)}** _(${a.kind})_${roles ? ` — ${roles}` : ''}`)
  }

  out.push('', '### Timeline', '')
  if (s.timeline.length === 0) out.push('No dated event.')
  for (const t of s.timeline) {
    out.push(
      `- **${md(t.date)}** — ${md(t.text)} _(${md(t.articles.map((a) => names.get(a) ?? a).join(', '))})_`,
    )
  }

  out.push('', '### Sources', '', '| Outlet | Headline | Published | Origin |', '| --- | --- | --- | --- |')
  for (const a of s.articles) {
    const origin = s.origins.find((o) => o.id === a.origin)
    const copy =
      origin?.rule === 'wire-copy' ? `wire copy shared with ${origin.articles.length - 1} other(s)` : 'own'
    out.push(`| ${md(a.source)} | ${md(a.title ?? '(no headline)')} | ${day(a.published)} | ${copy} |`)
  }
  if (s.dismissed.length > 0) {
    out.push('', '### Differences checked and not flagged', '')
    for (const d of s.dismissed) {
      out.push(`- ${KIND_LABEL[d.kind]}: ${md(d.values.map((v) => v.value).join(' / '))} — ${md(d.why)}`)
    }
  }
  return out.join('\n')
}

/**
 * Render the report as Markdown.
 *
 * @param report The corpus report (`toCorpusReport(runCorpus(…))`).
 * @returns Markdown text ending in a newline.
 */
export function renderMarkdown(report: CorpusReport): string {
  const parts = ['# Parallax — the verified account', '']
  if (report.stories.length === 0) parts.push('No story.')
  parts.push(byDate(report.stories).map(story).join('\n\n---\n\n'))
  return `${parts.join('\n')}\n`
}
