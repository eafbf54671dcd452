import type { ExpressionBuilder } from 'kysely'
import { arg, compiledOnce } from '../../db/compiled-once'
import { inTransaction, isPostgres, writtenOrder, type Sql } from '../../db/engine'
import type { DB } from '../../db/schema'

export interface EnterpriseRow {
  id: string
  user_id: string
  name: string
  uscc: string
  created_at: string
  /** `unproven`: bound before the register check, or lost with the identity; grants nothing. */
  basis: 'legal_rep' | 'agent' | 'unproven'
  agent_grant_id: string | null
  valid_until: string | null
}

type NewBinding = Omit<EnterpriseRow, 'created_at'> & { created_at: string }

/** Only proven, unexpired bindings count anywhere. */
const liveAt = (nowIso: string) => (eb: ExpressionBuilder<DB, 'enterprises'>) =>
  eb.and([
    eb('basis', '!=', 'unproven'),
    eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', nowIso)]),
  ])

export function createEnterpriseRepo(sql: Sql) {
  const enterprises = () => sql.selectFrom('enterprises').selectAll()
  // Read by 我的 and by every check of an enterprise identity.
  const ofUser = compiledOnce(
    enterprises()
      .where('user_id', '=', arg(0))
      .where(liveAt(arg(1)))
      .orderBy('created_at')
      .orderBy(writtenOrder(sql)),
  )
  // Read by every request made as an enterprise (its 法人 or 经办人 identity).
  const oneOfUser = compiledOnce(
    enterprises()
      .where('id', '=', arg(0))
      .where('user_id', '=', arg(1))
      .where(liveAt(arg(2))),
  )
  return {
    listByUser: async (userId: string, now: Date) =>
      (await sql.executeQuery(ofUser(userId, now.toISOString()))).rows as EnterpriseRow[],
    /** Any binding of the code, proven or not (a re-bind proves the same row). */
    findByUscc: (userId: string, uscc: string) =>
      enterprises()
        .where('user_id', '=', userId)
        .where('uscc', '=', uscc)
        .executeTakeFirst() as Promise<EnterpriseRow | undefined>,
    /** Scoped by owner and live: another user's id, or a lapsed binding, reads as "not found". */
    findOfUser: async (id: string, userId: string, now: Date) =>
      (await sql.executeQuery(oneOfUser(id, userId, now.toISOString()))).rows[0] as
        EnterpriseRow | undefined,
    /**
     * Within a transaction, takes turns with every other binding of the same user (their row
     * locked until commit on PostgreSQL; SQLite has one writer): a count then a bind stays true.
     * NO KEY UPDATE, because the transaction's own inserts (the Idempotency-Key, the binding)
     * already hold KEY SHARE on that row through their foreign keys: FOR UPDATE would deadlock
     * two binds of one user with each other.
     */
    holdUser: async (userId: string) => {
      if (!isPostgres(sql)) return
      await sql.selectFrom('users').select('id').where('id', '=', userId).forNoKeyUpdate().execute()
    },
    bind: async (row: NewBinding) => {
      await sql
        .insertInto('enterprises')
        .values(row)
        .onConflict((conflict) =>
          conflict.columns(['user_id', 'uscc']).doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            basis: eb.ref('excluded.basis'),
            agent_grant_id: eb.ref('excluded.agent_grant_id'),
            valid_until: eb.ref('excluded.valid_until'),
          })),
        )
        .execute()
    },
    /** A revoked 经办人 grant stops at once: its binding grants nothing and is not active. */
    dropAgentBinding: async (grantId: string) => {
      await sql
        .updateTable('users')
        .set({ active_enterprise_id: null })
        .where('active_enterprise_id', 'in', (eb) =>
          eb.selectFrom('enterprises').select('id').where('agent_grant_id', '=', grantId),
        )
        .execute()
      await sql
        .updateTable('enterprises')
        .set({ basis: 'unproven' })
        .where('agent_grant_id', '=', grantId)
        .execute()
    },
    /** Runs `work` in one transaction (joining an open one). */
    transaction: <T>(work: () => Promise<T>): Promise<T> => inTransaction(sql, work),
  }
}

export type EnterpriseRepo = ReturnType<typeof createEnterpriseRepo>
