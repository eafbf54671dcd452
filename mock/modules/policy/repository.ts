import { sql as raw } from 'kysely'
import { writtenOrder, type Sql } from '../../db/engine'
import { arg, compiledReader } from '../../db/compiled-once'
import { POLICIES_VERSION } from './content-repository'

export interface PreReviewRow {
  id: string
  enterprise_id: string
  kind: 'policy' | 'annual_report'
  policy_id: string | null
  title: string
  outcome: 'pass' | 'fail' | 'need_info'
  reasons_json: string
  next_steps_json: string
  created_at: string
}

interface ProfileRow {
  form_json: string
  updated_at: string
  /** The published policies' version, read with the profile (one statement for both). */
  policies_version: number | string | bigint | null
}

export function createPolicyRepo(sql: Sql) {
  // The pre-reviews and the subscription are read on every look at their pages: compiled once.
  const reviewsQuery = compiledReader(
    sql,
    sql
      .selectFrom('policy_prereviews')
      .selectAll()
      .where('enterprise_id', '=', arg(0))
      .orderBy('created_at', 'desc')
      .orderBy(writtenOrder(sql), 'desc')
      // A literal limit: SQLite runs a query whose LIMIT is bound ~7–12 µs slower.
      .limit(raw.lit(50)),
  )
  const subscribedSinceQuery = compiledReader(
    sql,
    sql.selectFrom('policy_subscriptions').select('since').where('enterprise_id', '=', arg(0)),
  )
  const profileQuery = compiledReader(
    sql,
    sql
      .selectFrom('enterprise_profiles')
      .select(['form_json', 'updated_at'])
      .select((eb) =>
        eb
          .selectFrom('content_versions')
          .select('version')
          .where('name', '=', POLICIES_VERSION)
          .as('policies_version'),
      )
      .where('enterprise_id', '=', arg(0)),
  )
  return {
    /** Read on every policy answer: compiled once. */
    profile: async (enterpriseId: string): Promise<ProfileRow | undefined> =>
      (await profileQuery(enterpriseId))[0],
    /** One profile per enterprise, whatever the number saving at once: the last save wins. */
    saveProfile: async (enterpriseId: string, formJson: string, at: string) => {
      await sql
        .insertInto('enterprise_profiles')
        .values({ enterprise_id: enterpriseId, form_json: formJson, updated_at: at })
        .onConflict((c) =>
          c.column('enterprise_id').doUpdateSet((eb) => ({
            form_json: eb.ref('excluded.form_json'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute()
    },
    insertReview: async (row: PreReviewRow) => {
      await sql.insertInto('policy_prereviews').values(row).execute()
    },
    /** Newest first; reviews of one moment keep the order they were written in. */
    reviews: (enterpriseId: string) => reviewsQuery(enterpriseId) as Promise<PreReviewRow[]>,
    subscribedSince: async (enterpriseId: string): Promise<string | undefined> =>
      (await subscribedSinceQuery(enterpriseId))[0]?.since,
    /** Subscribing again keeps the first date, however many subscribe at once. */
    subscribe: async (enterpriseId: string, since: string) => {
      await sql
        .insertInto('policy_subscriptions')
        .values({ enterprise_id: enterpriseId, since })
        .onConflict((c) => c.column('enterprise_id').doNothing())
        .execute()
    },
    unsubscribe: async (enterpriseId: string) => {
      await sql
        .deleteFrom('policy_subscriptions')
        .where('enterprise_id', '=', enterpriseId)
        .execute()
    },
  }
}

export type PolicyRepo = ReturnType<typeof createPolicyRepo>
