import { sql as raw } from 'kysely'
import { arg, compiledReader } from '../../../db/compiled-once'
import { inTransaction, writtenOrder, type Sql } from '../../../db/engine'
import { jsonRows, rowsOf } from '../../../db/json-rows'

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

/** An audit row of a grant, with the actor's real name (null when none). */
export interface NamedAuditRow extends AgentAuditRow {
  actor_real_name: string | null
}

/** A grant with its audit trail, in the order written. */
export interface GrantWithAudit extends AgentGrantRow {
  audit: NamedAuditRow[]
}

export function createAgentRepo(sql: Sql) {
  const grants = () => sql.selectFrom('enterprise_agent_grants').selectAll()
  // Read by the 法定代表人's page of 经办人 on every visit: each grant with its audit trail (in the
  // order written, with the actors' names), in one statement.
  const ofEnterprise = compiledReader(
    sql,
    sql
      .selectFrom('enterprise_agent_grants as g')
      .selectAll('g')
      .select((eb) =>
        jsonRows(
          sql,
          eb
            .selectFrom('enterprise_agent_audit as a')
            .leftJoin('users as u', 'u.id', 'a.actor_id')
            .select(['a.action', 'a.actor_id', 'a.at', 'u.real_name as actor_real_name'])
            .whereRef('a.grant_id', '=', 'g.id')
            .orderBy('a.id'),
        ).as('audit'),
      )
      .where('g.uscc', '=', arg(0))
      .orderBy('g.created_at', 'desc')
      .orderBy(writtenOrder(sql, 'g'), 'desc')
      // A literal limit: SQLite runs a query whose LIMIT is bound ~7–12 µs slower.
      .limit(raw.lit(50)),
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
    /** The enterprise's latest grants, each with its audit trail. */
    ofEnterprise: async (uscc: string): Promise<GrantWithAudit[]> =>
      (await ofEnterprise(uscc)).map((row) => ({
        ...(row as AgentGrantRow),
        audit: rowsOf(row.audit) as NamedAuditRow[],
      })),
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
