import { sql as raw } from 'kysely'
import { contentVersion } from '../catalog/version-cache'
import type { Sql } from '../../db/engine'
import type { PolicyStatus } from '../../../src/services/contract'

export interface PolicyRecord {
  id: string
  level: string
  status: PolicyStatus
  published_json: string | null
  version: number
  draft_json: string | null
  draft_updated_at: string | null
  draft_updated_by: string | null
  edited_at: string | null
  sort_order: number
}

export interface PolicyHistoryRecord {
  policy_id: string
  version: number
  policy_json: string
  published_at: string
  published_by: string | null
}

/**
 * Moved on by every write to the policies (drafts too), from any process: readers compare it, and
 * the console's lists and editors are kept per version (mock/modules/policy/admin-cache.ts).
 */
/** The content_versions row of the published policies. */
export const POLICIES_VERSION = 'policies'

/** Policies as the 管理后台 keeps them: the live version, a draft, and every version published. */
export function createPolicyContentRepo(sql: Sql) {
  const records = () => sql.selectFrom('policies').selectAll()
  const bump = async () => {
    await sql
      .updateTable('content_versions')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('name', '=', POLICIES_VERSION)
      .execute()
  }
  /** The console owns a policy from its first edit: the seed leaves it alone from then on. */
  const owned = (at: string) => ({ edited_at: raw<string>`COALESCE(edited_at, ${at})` })
  return {
    /** Read before every policy answer: compiled once (mock/modules/catalog/version-cache.ts). */
    version: (): Promise<number> => contentVersion(sql, POLICIES_VERSION),
    /** The live policies in the order the seed listed them (new ones last). */
    published: () =>
      sql
        .selectFrom('policies')
        .select(['id', 'published_json'])
        .where('status', '=', 'published')
        .orderBy('sort_order')
        .orderBy('id')
        .execute(),
    list: (filter: { level?: string; status?: PolicyStatus }) => {
      let query = records()
      if (filter.level !== undefined) query = query.where('level', '=', filter.level)
      if (filter.status !== undefined) query = query.where('status', '=', filter.status)
      return query.orderBy('sort_order').orderBy('id').execute() as Promise<PolicyRecord[]>
    },
    find: (id: string) =>
      records().where('id', '=', id).executeTakeFirst() as Promise<PolicyRecord | undefined>,
    history: (id: string) =>
      sql
        .selectFrom('policy_history')
        .selectAll()
        .where('policy_id', '=', id)
        .orderBy('version', 'desc')
        .execute() as Promise<PolicyHistoryRecord[]>,
    historyVersion: (id: string, version: number) =>
      sql
        .selectFrom('policy_history')
        .selectAll()
        .where('policy_id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst() as Promise<PolicyHistoryRecord | undefined>,
    /** A policy written in the console: a draft until it is published. */
    create: async (id: string, level: string, draftJson: string, at: string, by: string) => {
      const last = await sql
        .selectFrom('policies')
        .select((eb) => eb.fn.max('sort_order').as('n'))
        .executeTakeFirst()
      await sql
        .insertInto('policies')
        .values({
          id,
          level,
          status: 'draft',
          published_json: null,
          version: 0,
          draft_json: draftJson,
          draft_updated_at: at,
          draft_updated_by: by,
          edited_at: at,
          sort_order: Number(last?.n ?? 0) + 1,
        })
        .execute()
      await bump()
    },
    saveDraft: async (id: string, draftJson: string, at: string, by: string) => {
      await sql
        .updateTable('policies')
        .set({ draft_json: draftJson, draft_updated_at: at, draft_updated_by: by, ...owned(at) })
        .where('id', '=', id)
        .execute()
      await bump()
    },
    discardDraft: async (id: string) => {
      await sql
        .updateTable('policies')
        .set({ draft_json: null, draft_updated_at: null, draft_updated_by: null })
        .where('id', '=', id)
        .execute()
      await bump()
    },
    /**
     * Makes `json` the live version `version + 1`, if the policy is still at `version` (of two
     * publishes at once, one wins); keeps it in the history and moves the readers' version on.
     */
    publish: async (
      id: string,
      version: number,
      level: string,
      json: string,
      at: string,
      by: string,
      clearDraft: boolean,
    ): Promise<boolean> => {
      const result = await sql
        .updateTable('policies')
        .set({
          level,
          status: 'published',
          published_json: json,
          version: version + 1,
          ...(clearDraft && { draft_json: null, draft_updated_at: null, draft_updated_by: null }),
          ...owned(at),
        })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) return false
      await sql
        .insertInto('policy_history')
        .values({
          policy_id: id,
          version: version + 1,
          policy_json: json,
          published_at: at,
          published_by: by,
        })
        .execute()
      await bump()
      return true
    },
    /** Only a published policy is withdrawn; false when it was not (any more). */
    withdraw: async (id: string, at: string): Promise<boolean> => {
      const result = await sql
        .updateTable('policies')
        .set({ status: 'withdrawn', ...owned(at) })
        .where('id', '=', id)
        .where('status', '=', 'published')
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) return false
      await bump()
      return true
    },
    /** The 企业画像 saved by enterprises, for counting who a change reaches. */
    profileForms: async (): Promise<string[]> =>
      (await sql.selectFrom('enterprise_profiles').select('form_json').execute()).map(
        (r) => r.form_json,
      ),
  }
}

export type PolicyContentRepo = ReturnType<typeof createPolicyContentRepo>
