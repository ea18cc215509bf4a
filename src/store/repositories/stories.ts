/**
 * Stories: the grouping of articles into stories and each story's report.
 * The whole grouping is replaced at once (in one transaction), together with
 * the fingerprint of the article set it was computed from, so readers can
 * tell whether it is current.
 */
import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Story, StoryReport } from '../../model/index.js'
import type { Database } from '../schema.js'

/** Fingerprint of a set of article ids (order-free). */
export function articleSetFingerprint(ids: readonly string[]): string {
  return createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('hex')
}

const FINGERPRINT = 'stories.article-set'

/** Ids of every stored article. */
export async function listArticleIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('article').select('id').orderBy('id').execute()
  return rows.map((r) => r.id)
}

/** The fingerprint the stored stories were computed from, or `null` if never. */
export async function storiesFingerprint(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('analysis_state')
    .select('value')
    .where('key', '=', FINGERPRINT)
    .executeTakeFirst()
  return row?.value ?? null
}

/** Replace every story with `stories` and their `reports`, recording the article-set fingerprint. */
export async function replaceStories(
  db: Kysely<Database>,
  stories: readonly Story[],
  reports: readonly StoryReport[],
  fingerprint: string,
  now = new Date(),
): Promise<void> {
  const byId = new Map(reports.map((r) => [r.id, r]))
  const at = now.toISOString()
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('story_member').execute()
    await trx.deleteFrom('story').execute()
    for (const story of stories) {
      const report = byId.get(story.id)
      if (!report) continue
      await trx
        .insertInto('story')
        .values({
          id: story.id,
          title: report.title,
          date: report.date,
          article_count: story.articles.length,
          origin_count: report.origins.length,
          contradiction_count: report.contradictions.length,
          report: JSON.stringify(report),
          updated_at: at,
        })
        .execute()
      for (const member of story.members) {
        await trx
          .insertInto('story_member')
          .values({
            story_id: story.id,
            article_id: member.article,
            score: member.score,
            why: JSON.stringify(member.why),
          })
          .execute()
      }
    }
    await trx
      .insertInto('analysis_state')
      .values({ key: FINGERPRINT, value: fingerprint })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: fingerprint }))
      .execute()
  })
}

/** One row of `parallax stories`. */
export interface StorySummary {
  id: string
  title: string | null
  date: string | null
  articles: number
  origins: number
  contradictions: number
  outlets: string[]
}

/** Stored stories, newest event first. */
export async function listStories(db: Kysely<Database>): Promise<StorySummary[]> {
  const rows = await db.selectFrom('story').selectAll().orderBy('date', 'desc').orderBy('id').execute()
  return rows.map((r) => {
    const report = JSON.parse(r.report) as StoryReport
    return {
      id: r.id,
      title: r.title,
      date: r.date,
      articles: r.article_count,
      origins: r.origin_count,
      contradictions: r.contradiction_count,
      outlets: [...new Set(report.articles.map((a) => a.source))],
    }
  })
}

/** Stored story reports (all, or the given ids), newest event first. */
export async function getStoryReports(db: Kysely<Database>, ids?: readonly string[]): Promise<StoryReport[]> {
  let query = db.selectFrom('story').select(['report']).orderBy('date', 'desc').orderBy('id')
  if (ids) {
    if (ids.length === 0) return []
    query = query.where('id', 'in', ids)
  }
  const rows = await query.execute()
  return rows.map((r) => JSON.parse(r.report) as StoryReport)
}
