import { arg, compiledReader } from '../../../db/compiled-once'
import { inTransaction, writtenOrder, type Sql } from '../../../db/engine'

export interface AgentGrantRow {
  id: string
  uscc: string
  enterprise_name: string
  grantor_id: string
  agent_name: string
  agent_id_number: string
  scopes_json: string
  days: number
  valid_until: string
  claim_code: string | null
  code_expires_at: string
  agent_user_id: string | null
  created_at: string
  claimed_at: string | null
  revoked_at: string | null
}

type NewGrant = Omit<AgentGrantRow, 'agent_user_id' | 'claimed_at' | 'revoked_at'>

export type AgentAction =
  'granted' | 'claimed' | 'revoked' | 'applied_loan' | 'prereview' | 'subscribed'

export interface AgentAuditRow {
  action: AgentAction
  actor_id: string
  at: string
}

/** An audit row of a grant, with the grant and the actor's real name (null when none). */
export interface NamedAuditRow extends AgentAuditRow {
  grant_id: string
  actor_real_name: string | null
}

export function createAgentRepo(sql: Sql) {
  const grants = () => sql.selectFrom('enterprise_agent_grants').selectAll()
  // Read by the 法定代表人's page of 经办人 on every visit.
  const ofEnterprise = compiledReader(
    sql,
    grants()
      .where('uscc', '=', arg(0))
      .orderBy('created_at', 'desc')
      .orderBy(writtenOrder(sql), 'desc')
      .limit(50),
  )
  const auditOfEnterprise = compiledReader(
    sql,
    sql
      .selectFrom('enterprise_agent_audit as a')
      .innerJoin('enterprise_agent_grants as g', 'g.id', 'a.grant_id')
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .select(['a.grant_id', 'a.action', 'a.actor_id', 'a.at', 'u.real_name as actor_real_name'])
      .where('g.uscc', '=', arg(0))
      .orderBy('a.id'),
  )
  return {
    insert: async (row: NewGrant) => {
      await sql.insertInto('enterprise_agent_grants').values(row).execute()
    },
    find: (id: string) =>
      grants().where('id', '=', id).executeTakeFirst() as Promise<AgentGrantRow | undefined>,
    byCode: (code: string) =>
      grants().where('claim_code', '=', code).executeTakeFirst() as Promise<
        AgentGrantRow | undefined
      >,
    ofEnterprise: (uscc: string) => ofEnterprise(uscc) as Promise<AgentGrantRow[]>,
    /** The audit trail of every grant of the enterprise, in the order written, with names. */
    auditOfEnterprise: (uscc: string) => auditOfEnterprise(uscc) as Promise<NamedAuditRow[]>,
    /** One claim per grant, whatever the retries or races (checked by the row count). */
    claim: async (id: string, userId: string, at: string) => {
      const result = await sql
        .updateTable('enterprise_agent_grants')
        .set({ agent_user_id: userId, claimed_at: at, claim_code: null })
        .where('id', '=', id)
        .where('claimed_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    /** True for exactly one revoker, whatever the number revoking at once. */
    revoke: async (id: string, at: string) => {
      const result = await sql
        .updateTable('enterprise_agent_grants')
        .set({ revoked_at: at, claim_code: null })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    audit: async (grantId: string, actorId: string, action: AgentAction, at: string) => {
      await sql
        .insertInto('enterprise_agent_audit')
        .values({ grant_id: grantId, actor_id: actorId, action, at })
        .execute()
    },
    auditOf: (grantId: string) =>
      sql
        .selectFrom('enterprise_agent_audit')
        .select(['action', 'actor_id', 'at'])
        .where('grant_id', '=', grantId)
        .orderBy('id')
        .execute() as Promise<AgentAuditRow[]>,
    /** Runs `work` in one transaction (joining an open one). */
    transaction: <T>(work: () => Promise<T>): Promise<T> => inTransaction(sql, work),
  }
}

export type AgentRepo = ReturnType<typeof createAgentRepo>
