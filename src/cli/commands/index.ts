/** Lazy map of sub-commands: one file per command. */
import type { CommandDef } from 'citty'

// biome-ignore lint/suspicious/noExplicitAny: citty's sub-command map is untyped by design.
type Lazy = () => Promise<CommandDef<any>>

export const commands: Record<string, Lazy> = {
  ingest: () => import('./ingest.js').then((m) => m.default),
  articles: () => import('./articles.js').then((m) => m.default),
  extract: () => import('./extract.js').then((m) => m.default),
  analyze: () => import('./analyze.js').then((m) => m.default),
  stories: () => import('./stories.js').then((m) => m.default),
  report: () => import('./report.js').then((m) => m.default),
  reprocess: () => import('./reprocess.js').then((m) => m.default),
}
