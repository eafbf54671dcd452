import type { Db } from '../../../db/sqlite'

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

export function createAgentRepo(db: Db) {
  const insert = db.prepare<[NewGrant]>(`
    INSERT INTO enterprise_agent_grants (id, uscc, enterprise_name, grantor_id, agent_name,
      agent_id_number, scopes_json, days, valid_until, claim_code, code_expires_at, created_at)
    VALUES (@id, @uscc, @enterprise_name, @grantor_id, @agent_name, @agent_id_number,
      @scopes_json, @days, @valid_until, @claim_code, @code_expires_at, @created_at)`)
  const byId = db.prepare<[string], AgentGrantRow>(
    'SELECT * FROM enterprise_agent_grants WHERE id = ?',
  )
  const byCode = db.prepare<[string], AgentGrantRow>(
    'SELECT * FROM enterprise_agent_grants WHERE claim_code = ?',
  )
  const ofEnterprise = db.prepare<[string], AgentGrantRow>(
    'SELECT * FROM enterprise_agent_grants WHERE uscc = ? ORDER BY created_at DESC LIMIT 50',
  )
  const claim = db.prepare<[string, string, string]>(`
    UPDATE enterprise_agent_grants SET agent_user_id = ?, claimed_at = ?, claim_code = NULL
    WHERE id = ? AND claimed_at IS NULL AND revoked_at IS NULL`)
  const revoke = db.prepare<[string, string]>(`
    UPDATE enterprise_agent_grants SET revoked_at = ?, claim_code = NULL
    WHERE id = ? AND revoked_at IS NULL`)
  const audit = db.prepare<[string, string, string, string]>(
    'INSERT INTO enterprise_agent_audit (grant_id, actor_id, action, at) VALUES (?, ?, ?, ?)',
  )
  const auditOf = db.prepare<[string], AgentAuditRow>(
    'SELECT action, actor_id, at FROM enterprise_agent_audit WHERE grant_id = ? ORDER BY id',
  )

  return {
    insert: (row: NewGrant) => {
      insert.run(row)
    },
    find: (id: string) => byId.get(id),
    byCode: (code: string) => byCode.get(code),
    ofEnterprise: (uscc: string) => ofEnterprise.all(uscc),
    /** One claim per grant, whatever the retries or races. */
    claim: (id: string, userId: string, at: string) => claim.run(userId, at, id).changes === 1,
    revoke: (id: string, at: string) => revoke.run(at, id).changes === 1,
    audit: (grantId: string, actorId: string, action: AgentAction, at: string) => {
      audit.run(grantId, actorId, action, at)
    },
    auditOf: (grantId: string) => auditOf.all(grantId),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
  }
}

export type AgentRepo = ReturnType<typeof createAgentRepo>
