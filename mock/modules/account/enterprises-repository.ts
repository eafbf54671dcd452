import type { Db } from '../../db/sqlite'

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
const LIVE = "basis != 'unproven' AND (valid_until IS NULL OR valid_until > @now)"

export function createEnterpriseRepo(db: Db) {
  const byUser = db.prepare<[{ userId: string; now: string }], EnterpriseRow>(
    `SELECT * FROM enterprises WHERE user_id = @userId AND ${LIVE} ORDER BY created_at, rowid`,
  )
  const byUscc = db.prepare<[string, string], EnterpriseRow>(
    'SELECT * FROM enterprises WHERE user_id = ? AND uscc = ?',
  )
  const ofUser = db.prepare<[{ id: string; userId: string; now: string }], EnterpriseRow>(
    `SELECT * FROM enterprises WHERE id = @id AND user_id = @userId AND ${LIVE}`,
  )
  const upsert = db.prepare<[NewBinding]>(`
    INSERT INTO enterprises (id, user_id, name, uscc, created_at, basis, agent_grant_id, valid_until)
    VALUES (@id, @user_id, @name, @uscc, @created_at, @basis, @agent_grant_id, @valid_until)
    ON CONFLICT (user_id, uscc) DO UPDATE SET name = excluded.name, basis = excluded.basis,
      agent_grant_id = excluded.agent_grant_id, valid_until = excluded.valid_until`)
  const unproveGrant = db.prepare<[string]>(
    "UPDATE enterprises SET basis = 'unproven' WHERE agent_grant_id = ?",
  )
  const clearActive = db.prepare<[string]>(`
    UPDATE users SET active_enterprise_id = NULL WHERE active_enterprise_id IN
      (SELECT id FROM enterprises WHERE agent_grant_id = ?)`)

  return {
    listByUser: (userId: string, now: Date) => byUser.all({ userId, now: now.toISOString() }),
    /** Any binding of the code, proven or not (a re-bind proves the same row). */
    findByUscc: (userId: string, uscc: string) => byUscc.get(userId, uscc),
    /** Scoped by owner and live: another user's id, or a lapsed binding, reads as "not found". */
    findOfUser: (id: string, userId: string, now: Date) =>
      ofUser.get({ id, userId, now: now.toISOString() }),
    bind: (row: NewBinding) => {
      upsert.run(row)
    },
    /** A revoked 经办人 grant stops at once: its binding grants nothing and is not active. */
    dropAgentBinding: (grantId: string) => {
      clearActive.run(grantId)
      unproveGrant.run(grantId)
    },
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
  }
}

export type EnterpriseRepo = ReturnType<typeof createEnterpriseRepo>
