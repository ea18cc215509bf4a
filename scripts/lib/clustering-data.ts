/** Reading `../shared/data/clustering/dev` (see its README) into story-grouper documents. */
import { existsSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { StoryDoc } from '../../src/corpus/index.js'

const DIR = new URL('../../../shared/data/clustering/dev/', import.meta.url)

/** One record of a clustering file. */
export interface ClusteringRow {
  id: string
  title: string | null
  text: string
  date: string | null
  cluster: string
}

/** Whether the shared clustering data is present on this machine. */
export const hasClusteringData = (): boolean => existsSync(new URL('README.md', DIR))

/** Read one clustering file (`pac_trainval_same_event`, …). */
export function readClusteringSet(name: string): ClusteringRow[] {
  return gunzipSync(readFileSync(new URL(`${name}.jsonl.gz`, DIR)))
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ClusteringRow)
}

/**
 * Records as grouper documents. A `title` without a space is a dataset label
 * (PAC's `abortion_9_2`, which would leak the topic), not a headline: dropped.
 */
export function toStoryDocs(rows: readonly ClusteringRow[]): StoryDoc[] {
  return rows.map((r) => ({
    id: r.id,
    title: r.title && /\s/.test(r.title) ? r.title : null,
    text: r.text,
    published: r.date || null,
  }))
}

/** Gold clusters by article id. */
export function goldOf(rows: readonly ClusteringRow[]): Map<string, string> {
  return new Map(rows.map((r) => [r.id, r.cluster]))
}
