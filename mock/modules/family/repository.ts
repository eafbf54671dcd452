import type { Db } from '../../db/open'

export interface GrantRow {
  id: string
  grantor_id: string
  grantee_kind: 'relative' | 'helper'
  grantee_name: string
  relation: string
  grantee_id: string | null
  item_ids_json: string
  days: number
  valid_until: string
  claim_digits: string
  claim_qr_id: string
  code_expires_at: string
  created_at: string
  claimed_at: string | null
  revoked_at: string | null
}

export type NewGrant = Omit<GrantRow, 'grantee_id' | 'claimed_at' | 'revoked_at'>

export interface AuditRow {
  id: string
  grant_id: string
  actor_id: string
  action: 'granted' | 'claimed' | 'booked' | 'applied' | 'revoked'
  item_id: string | null
  target_id: string | null
  at: string
}

export function createProxyRepo(db: Db) {
  const insert = db.prepare<[NewGrant]>(`
    INSERT INTO proxy_grants (id, grantor_id, grantee_kind, grantee_name, relation, item_ids_json,
      days, valid_until, claim_digits, claim_qr_id, code_expires_at, created_at)
    VALUES (@id, @grantor_id, @grantee_kind, @grantee_name, @relation, @item_ids_json,
      @days, @valid_until, @claim_digits, @claim_qr_id, @code_expires_at, @created_at)`)
  const byId = db.prepare<[string], GrantRow>('SELECT * FROM proxy_grants WHERE id = ?')
  const byDigits = db.prepare<[string], GrantRow>(
    'SELECT * FROM proxy_grants WHERE claim_digits = ?',
  )
  const byQrId = db.prepare<[string], GrantRow>('SELECT * FROM proxy_grants WHERE claim_qr_id = ?')
  const ofGrantor = db.prepare<[string], GrantRow>(
    'SELECT * FROM proxy_grants WHERE grantor_id = ? ORDER BY created_at DESC, rowid DESC',
  )
  const ofGrantee = db.prepare<[string], GrantRow>(
    'SELECT * FROM proxy_grants WHERE grantee_id = ? ORDER BY claimed_at DESC, rowid DESC',
  )
  const newCode = db.prepare<[string, string, string, string]>(
    'UPDATE proxy_grants SET claim_digits = ?, claim_qr_id = ?, code_expires_at = ? WHERE id = ?',
  )
  const claim = db.prepare<[string, string, string, string]>(
    `UPDATE proxy_grants SET grantee_id = ?, grantee_name = ?, claimed_at = ?
    WHERE id = ? AND grantee_id IS NULL`,
  )
  const revoke = db.prepare<[string, string]>(
    'UPDATE proxy_grants SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
  )
  const addAudit = db.prepare<[AuditRow]>(`
    INSERT INTO proxy_audit (id, grant_id, actor_id, action, item_id, target_id, at)
    VALUES (@id, @grant_id, @actor_id, @action, @item_id, @target_id, @at)`)
  const auditOf = (side: 'grantor_id' | 'grantee_id') =>
    db.prepare<[string], AuditRow>(`
      SELECT a.* FROM proxy_audit a JOIN proxy_grants g ON g.id = a.grant_id
      WHERE g.${side} = ? ORDER BY a.at DESC, a.rowid DESC LIMIT 200`)
  const auditOfGrantor = auditOf('grantor_id')
  const auditOfGrantee = auditOf('grantee_id')
  const actorOfTarget = db.prepare<[string], GrantRow>(`
    SELECT g.* FROM proxy_audit a JOIN proxy_grants g ON g.id = a.grant_id
    WHERE a.target_id = ? LIMIT 1`)

  return {
    insert: (row: NewGrant) => insert.run(row),
    find: (id: string) => byId.get(id),
    byDigits: (digits: string) => byDigits.get(digits),
    byQrId: (qrId: string) => byQrId.get(qrId),
    ofGrantor: (userId: string) => ofGrantor.all(userId),
    ofGrantee: (userId: string) => ofGrantee.all(userId),
    newCode: (id: string, digits: string, qrId: string, expiresAt: string) =>
      newCode.run(digits, qrId, expiresAt, id),
    claim: (id: string, granteeId: string, granteeName: string, at: string) =>
      claim.run(granteeId, granteeName, at, id).changes === 1,
    revoke: (id: string, at: string) => revoke.run(at, id).changes === 1,
    addAudit: (row: AuditRow) => addAudit.run(row),
    audit: (userId: string, side: 'grantor' | 'grantee') =>
      (side === 'grantor' ? auditOfGrantor : auditOfGrantee).all(userId),
    /** The grant a booking or case was made under, if any. */
    grantOfTarget: (targetId: string) => actorOfTarget.get(targetId),
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
  }
}
