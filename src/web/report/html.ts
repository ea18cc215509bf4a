/**
 * The verified account as one self-contained HTML file: inline CSS, no
 * script, no external asset. Semantic sections with headings, tables with
 * captions and header cells, status shown in words as well as colour, and
 * contradictions laid out side by side, one column per outlet.
 */
import type { Contradiction, CorpusReport, ReportClaim, StoryReport } from '../../model/index.js'
import {
  byDate,
  contestedDetails,
  day,
  escapeHtml as h,
  KIND_LABEL,
  markValue,
  originCount,
  outlets,
  STATUS_LABEL,
} from './shared.js'

const CSS = `
:root{--ink:#1d1d1f;--muted:#5b5b66;--line:#d8d8de;--paper:#fdfdfb;--panel:#f3f3ef;
--ok:#1f6f43;--ok-bg:#e3f3e9;--one:#3d4f7a;--one-bg:#e6ebf5;--bad:#9b1c1c;--bad-bg:#fbe6e4;--mark:#fff1a8}
@media (prefers-color-scheme:dark){:root{--ink:#ececf0;--muted:#a9a9b5;--line:#3a3a44;--paper:#17171b;
--panel:#212128;--ok:#7fd6a2;--ok-bg:#183325;--one:#a9bcf0;--one-bg:#1f2740;--bad:#f2a3a3;--bad-bg:#3d1c1c;--mark:#5a4d00}}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:17px/1.6 Charter,"Iowan Old Style","Source Serif Pro",Georgia,serif;overflow-wrap:anywhere}
main{max-width:72rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1,h2,h3,h4{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.25}
h1{font-size:1.9rem;margin:0 0 .25rem}h2{font-size:1.55rem;margin:2.5rem 0 .25rem}
h3{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
h4{font-size:1rem;margin:1rem 0 .4rem}
p,li{max-width:46rem}a{color:inherit}
.meta{color:var(--muted);font-family:system-ui,sans-serif;font-size:.9rem}
nav ol{padding-left:1.2rem}
.badge{display:inline-block;font:600 .72rem/1.4 system-ui,sans-serif;letter-spacing:.02em;text-transform:uppercase;
padding:.1rem .45rem;border-radius:.3rem;margin-right:.35rem;white-space:nowrap;border:1px solid currentColor}
.corroborated{color:var(--ok);background:var(--ok-bg)}.single-source{color:var(--one);background:var(--one-bg)}
.contradicted{color:var(--bad);background:var(--bad-bg)}
.facts{list-style:none;padding:0}.facts li{margin:.55rem 0;padding:.5rem .75rem;background:var(--panel);border-radius:.4rem;max-width:none}
.by{display:block;color:var(--muted);font:.85rem/1.4 system-ui,sans-serif;margin-top:.2rem}
.conflict{border:1px solid var(--line);border-left:4px solid var(--bad);border-radius:.4rem;padding:.75rem 1rem;margin:1rem 0}
.why{color:var(--muted);font-style:italic;margin:.2rem 0 .6rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.75rem}
.side{background:var(--panel);border-radius:.4rem;padding:.6rem .75rem}
.side h5{margin:0 0 .2rem;font:600 .85rem system-ui,sans-serif;color:var(--muted)}
.value{font:600 1.05rem system-ui,sans-serif;margin:0 0 .35rem}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:.15em}
.outlets{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
.outlets section{background:var(--panel);border-radius:.4rem;padding:.5rem .9rem}
.outlets ul{padding-left:1.1rem;margin:.3rem 0}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.95rem;margin:.5rem 0;overflow-wrap:normal;word-break:normal}
caption{text-align:left;color:var(--muted);font:.85rem system-ui,sans-serif;padding-bottom:.3rem}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th{font:600 .85rem system-ui,sans-serif}
blockquote{margin:.4rem 0;padding:.1rem 0 .1rem .9rem;border-left:3px solid var(--line)}
.timeline{list-style:none;padding:0}.timeline li{display:grid;grid-template-columns:8rem 1fr;gap:.75rem;margin:.4rem 0;max-width:none}
.timeline time{font:600 .9rem system-ui,sans-serif}
details{margin:1rem 0}summary{cursor:pointer;font-family:system-ui,sans-serif}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--paper);padding:.4rem}
@media print{body{font-size:11pt}.conflict,.side,.facts li{break-inside:avoid}}
`

const names = (ids: readonly string[], outletOf: Map<string, string>) =>
  h(ids.map((a) => outletOf.get(a) ?? a).join(', '))

function badge(status: ReportClaim['status']): string {
  return `<span class="badge ${status}">${STATUS_LABEL[status]}</span>`
}

function claimItem(c: ReportClaim, outletOf: Map<string, string>, s: StoryReport): string {
  const origins = c.origins === 1 ? '1 origin' : `${c.origins} independent origins`
  const details = contestedDetails(c, s)
  const note = details.length > 0 ? ` · contested detail: ${h(details.join('; '))}` : ''
  return `<li>${badge(c.status)}${h(c.text)}<span class="by">${names(c.articles, outletOf)} · ${origins}${note}</span></li>`
}

function evidenceHtml(text: {
  evidence: Contradiction['values'][number]['evidence']
  value: string
}): string {
  const [before, value, after] = markValue(text.evidence, text.value)
  return value ? `${h(before)}<mark>${h(value)}</mark>${h(after)}` : h(before)
}

function contradiction(c: Contradiction, outletOf: Map<string, string>): string {
  const sides = c.values
    .map(
      (v) => `<div class="side"><h5>${h(outletOf.get(v.article) ?? v.article)}</h5>
<p class="value">${h(v.value)}</p><blockquote>${evidenceHtml(v)}</blockquote></div>`,
    )
    .join('\n')
  return `<article class="conflict" aria-label="${h(KIND_LABEL[c.kind])} contradiction: ${h(c.subject.text)}">
<h4><span class="badge contradicted">${h(KIND_LABEL[c.kind])}</span>${h(c.subject.text)}</h4>
<p class="why">${h(c.why)}</p>
<div class="sides">${sides}</div></article>`
}

function story(s: StoryReport, index: number): string {
  const outletOf = outlets(s)
  const byId = new Map(s.claims.map((c) => [c.id, c]))
  const id = `story-${index + 1}`
  const parts: string[] = []
  parts.push(`<section aria-labelledby="${id}"><h2 id="${id}">${h(s.title ?? s.id)}</h2>`)
  parts.push(
    `<p class="meta">${s.date ? `<time datetime="${h(s.date)}">${h(day(s.date))}</time>` : 'undated'} · ${s.articles.length} article(s) from ${new Set(outletOf.values()).size} outlet(s) · ${originCount(s)} independent origin(s) · ${s.contradictions.length} contradiction(s)</p>`,
  )
  parts.push(`<p class="meta">Story ${h(s.id)}. Date: ${h(s.dating.why)}.</p>`)

  parts.push(`<h3 id="${id}-contradictions">Contradictions</h3>`)
  parts.push(
    s.contradictions.length === 0
      ? '<p>No contradiction found.</p>'
      : s.contradictions.map((c) => contradiction(c, outletOf)).join('\n'),
  )

  parts.push(`<h3 id="${id}-consensus">Consensus facts</h3>`)
  const consensus = s.consensus.map((cid) => byId.get(cid)).filter((c): c is ReportClaim => c !== undefined)
  parts.push(
    consensus.length === 0
      ? '<p>No fact is stated by two independent origins.</p>'
      : `<ul class="facts">${consensus.map((c) => claimItem(c, outletOf, s)).join('\n')}</ul>`,
  )
  const contested = s.claims.filter((c) => c.status === 'contradicted')
  if (contested.length > 0) {
    parts.push(
      `<h4>Contested statements</h4><ul class="facts">${contested.map((c) => claimItem(c, outletOf, s)).join('\n')}</ul>`,
    )
  }

  parts.push(`<h3 id="${id}-single">Single-source facts, by outlet</h3><div class="outlets">`)
  for (const entry of s.singleSource) {
    const items = entry.claims
      .map((cid) => byId.get(cid))
      .filter((c): c is ReportClaim => c !== undefined)
      .map(
        (c) =>
          `<li>${h(c.text)}${c.evidence.some((e) => e.caption) ? ' <span class="by">photo caption</span>' : ''}</li>`,
      )
    parts.push(
      `<section><h4>${h(entry.source)}</h4>${items.length ? `<ul>${items.join('')}</ul>` : '<p class="by">Nothing that no other outlet states.</p>'}</section>`,
    )
  }
  parts.push('</div>')

  parts.push(`<h3 id="${id}-quotes">Quotes, by speaker</h3>`)
  const speakers = new Map<string, StoryReport['quotes']>()
  for (const q of s.quotes) {
    const name = q.speaker?.name ?? 'Unattributed'
    speakers.set(name, [...(speakers.get(name) ?? []), q])
  }
  if (speakers.size === 0) parts.push('<p>No direct quote.</p>')
  for (const [name, quotes] of speakers) {
    parts.push(`<h4>${h(name)}</h4>`)
    for (const q of quotes) {
      parts.push(
        `<blockquote><p>“${h(q.text)}”</p><p class="by">${names(q.articles, outletOf)}</p></blockquote>`,
      )
    }
  }

  parts.push(`<h3 id="${id}-actors">Actors and their roles, by outlet</h3>`)
  const actors = s.actors.filter((a) => a.roles.length > 0 || a.articles.length > 1)
  const columns = s.articles.map((a) => a.id)
  if (actors.length === 0) parts.push('<p>No actor named by more than one outlet.</p>')
  else {
    parts.push(
      `<div class="scroll" role="region" tabindex="0" aria-label="Actors and their roles"><table><caption>Who appears, and the title each outlet gives them</caption><thead><tr><th scope="col">Actor</th>${columns
        .map((a) => `<th scope="col">${h(outletOf.get(a) ?? a)}</th>`)
        .join('')}</tr></thead><tbody>`,
    )
    for (const a of actors) {
      const cells = columns.map((col) => {
        if (!a.articles.includes(col)) return '<td>—</td>'
        const titles = a.roles.filter((r) => r.articles.includes(col)).map((r) => h(r.title))
        return `<td>${titles.length ? titles.join('; ') : 'named'}</td>`
      })
      parts.push(
        `<tr><th scope="row">${h(a.name)} <span class="by">${h(a.kind)}</span></th>${cells.join('')}</tr>`,
      )
    }
    parts.push('</tbody></table></div>')
  }

  parts.push(`<h3 id="${id}-timeline">Timeline</h3>`)
  parts.push(
    s.timeline.length === 0
      ? '<p>No dated event.</p>'
      : `<ol class="timeline">${s.timeline
          .map(
            (t) =>
              `<li><time datetime="${h(t.date)}">${h(t.date)}</time><span>${h(t.text)}<span class="by">${names(t.articles, outletOf)}</span></span></li>`,
          )
          .join('\n')}</ol>`,
  )

  parts.push(
    `<h3 id="${id}-sources">Sources</h3><div class="scroll" role="region" tabindex="0" aria-label="Sources"><table><caption>The articles of this story</caption><thead><tr><th scope="col">Outlet</th><th scope="col">Headline</th><th scope="col">Published</th><th scope="col">Origin</th><th scope="col">Why it belongs</th></tr></thead><tbody>`,
  )
  for (const a of s.articles) {
    const origin = s.origins.find((o) => o.id === a.origin)
    const copy =
      origin?.rule === 'wire-copy' ? `wire copy (with ${origin.articles.length - 1} other)` : 'own reporting'
    parts.push(
      `<tr><th scope="row">${h(a.source)}</th><td>${a.url ? `<a href="${h(a.url)}">${h(a.title ?? '(no headline)')}</a>` : h(a.title ?? '(no headline)')}</td><td>${a.published ? `<time datetime="${h(a.published)}">${h(day(a.published))}</time>` : 'undated'}</td><td>${copy}</td><td>${h(a.membership.why)}</td></tr>`,
    )
  }
  parts.push('</tbody></table></div>')
  if (s.dismissed.length > 0) {
    parts.push(
      `<details><summary>Differences checked and not flagged (${s.dismissed.length})</summary><ul>${s.dismissed
        .map(
          (d) =>
            `<li>${h(KIND_LABEL[d.kind])}: ${h(d.values.map((v) => v.value).join(' / '))} — ${h(d.why)}</li>`,
        )
        .join('')}</ul></details>`,
    )
  }
  parts.push('</section>')
  return parts.join('\n')
}

/**
 * Render the report as one self-contained HTML document.
 *
 * @param report The corpus report (`toCorpusReport(runCorpus(…))`).
 * @param options `title` of the page (default "Parallax — the verified account").
 */
export function renderHtml(report: CorpusReport, options: { title?: string } = {}): string {
  const title = options.title ?? 'Parallax — the verified account'
  const stories = byDate(report.stories)
  const toc = stories
    .map(
      (s, i) =>
        `<li><a href="#story-${i + 1}">${h(s.title ?? s.id)}</a> <span class="by">${h(day(s.date))}</span></li>`,
    )
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${h(report.generator)} report v${report.schemaVersion}">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#content">Skip to the report</a>
<main id="content">
<header><h1>${h(title)}</h1>
<p class="meta">${report.stories.length === 1 ? '1 story' : `${report.stories.length} stories`}. Each fact is labelled <span class="badge corroborated">Corroborated</span> (two or more independent origins; wire copies count once), <span class="badge single-source">Single source</span> or <span class="badge contradicted">Contradicted</span>.</p></header>
${report.stories.length > 1 ? `<nav aria-label="Stories"><ol>${toc}</ol></nav>` : ''}
${stories.length === 0 ? '<p>No story.</p>' : stories.map(story).join('\n')}
</main>
</body>
</html>
`
}
