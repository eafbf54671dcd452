import { inTransaction, type Sql } from '../../db/engine'
import type { Db } from '../../db/sqlite'
import { POLICIES } from './data'
import type { PolicySeed } from './types'

/**
 * Brings the policies to the seed files, except those the 管理后台 edited (`edited_at` set): a
 * changed file updates an unedited policy as a new version, an edited one keeps the console's.
 * Moves the readers' version on when anything changed. Returns the policies written.
 */
export function seedPolicies(db: Db, policies: readonly PolicySeed[] = POLICIES, at = new Date()) {
  const upsert = db.prepare(`
    INSERT INTO policies (id, level, status, published_json, version, sort_order)
    VALUES (@id, @level, 'published', @json, 1, @sort)
    ON CONFLICT (id) DO UPDATE SET level = excluded.level, published_json = excluded.published_json,
      status = 'published', version = policies.version + 1, sort_order = excluded.sort_order
    WHERE policies.edited_at IS NULL AND policies.published_json IS NOT excluded.published_json`)
  const remember = db.prepare(`
    INSERT INTO policy_history (policy_id, version, policy_json, published_at, published_by)
    SELECT id, version, published_json, ?, NULL FROM policies WHERE id = ?
    ON CONFLICT (policy_id, version) DO NOTHING`)
  return db.transaction(() => {
    let written = 0
    policies.forEach((p, sort) => {
      const { changes } = upsert.run({ id: p.id, level: p.level, json: JSON.stringify(p), sort })
      if (changes === 0) return
      remember.run(at.toISOString(), p.id)
      written += 1
    })
    if (written > 0)
      db.prepare("UPDATE content_versions SET version = version + 1 WHERE name = 'policies'").run()
    return written
  })()
}

/**
 * PostgreSQL copies the seed once, when a database is new: a database seeded before the policies
 * moved into it gets the missing ones here, at every start. Inserts only (never overwrites), and
 * moves the readers' version on when it added any. Returns the policies added.
 */
export async function addMissingPolicies(
  sql: Sql,
  policies: readonly PolicySeed[] = POLICIES,
  at = new Date(),
): Promise<number> {
  return inTransaction(sql, async () => {
    let added = 0
    for (const [sort, p] of policies.entries()) {
      const json = JSON.stringify(p)
      const result = await sql
        .insertInto('policies')
        .values({
          id: p.id,
          level: p.level,
          status: 'published',
          published_json: json,
          version: 1,
          sort_order: sort,
        })
        .onConflict((c) => c.column('id').doNothing())
        .executeTakeFirst()
      if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) continue
      await sql
        .insertInto('policy_history')
        .values({
          policy_id: p.id,
          version: 1,
          policy_json: json,
          published_at: at.toISOString(),
          published_by: null,
        })
        .onConflict((c) => c.columns(['policy_id', 'version']).doNothing())
        .execute()
      added += 1
    }
    if (added > 0)
      await sql
        .updateTable('content_versions')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('name', '=', 'policies')
        .execute()
    return added
  })
}
