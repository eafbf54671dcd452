import type { Db } from '../../../db/sqlite'

export interface PersonRow {
  id_number: string
  name: string
  phone: string
  address: string
  id_card_issued_on: string
  id_card_valid_until: string | null
}

export interface EntityRow {
  uscc: string
  name: string
  kind: string
  legal_rep_name: string
  legal_rep_id_number: string
  founded_on: string
}

export interface VerificationRow {
  id: string
  user_id: string
  method: 'sms' | 'face'
  name: string
  id_number: string
  phone: string | null
  code_hash: string | null
  face_verify_id: string | null
  attempts: number
  expires_at: string
  created_at: string
  verified_at: string | null
}

type NewVerification = Omit<VerificationRow, 'attempts' | 'verified_at'>

export function createIdentityRepo(db: Db) {
  const person = db.prepare<[string], PersonRow>(
    'SELECT * FROM population_registry WHERE id_number = ?',
  )
  const entity = db.prepare<[string], EntityRow>('SELECT * FROM market_entities WHERE uscc = ?')
  const insertVerification = db.prepare<[NewVerification]>(`
    INSERT INTO identity_verifications
      (id, user_id, method, name, id_number, phone, code_hash, face_verify_id, expires_at, created_at)
    VALUES (@id, @user_id, @method, @name, @id_number, @phone, @code_hash, @face_verify_id,
      @expires_at, @created_at)`)
  const verification = db.prepare<[string, string], VerificationRow>(
    'SELECT * FROM identity_verifications WHERE id = ? AND user_id = ?',
  )
  const countByUser = db.prepare<[string, string], number>(
    'SELECT COUNT(*) FROM identity_verifications WHERE user_id = ? AND created_at > ?',
  )
  const countByPerson = db.prepare<[string, string], number>(
    'SELECT COUNT(*) FROM identity_verifications WHERE id_number = ? AND created_at > ?',
  )
  const lastOfUser = db.prepare<[string], VerificationRow>(
    'SELECT * FROM identity_verifications WHERE user_id = ? ORDER BY created_at DESC LIMIT 1',
  )
  const countAttempt = db.prepare<[string, number]>(
    'UPDATE identity_verifications SET attempts = attempts + 1 WHERE id = ? AND attempts < ?',
  )
  const markVerified = db.prepare<[string, string]>(
    'UPDATE identity_verifications SET verified_at = ? WHERE id = ? AND verified_at IS NULL',
  )
  const holder = db.prepare<[string], { id: string }>('SELECT id FROM users WHERE id_number = ?')
  const clearIdentity = db.prepare<[string]>(`
    UPDATE users SET real_name = NULL, id_number = NULL, identity_method = NULL,
      identity_verified_at = NULL, active_enterprise_id = NULL WHERE id = ?`)
  const setIdentity = db.prepare<[string, string, string, string, string]>(`
    UPDATE users SET real_name = ?, id_number = ?, identity_method = ?, identity_verified_at = ?
    WHERE id = ?`)
  const event = db.prepare<[string, string, string | null, string | null, string]>(
    'INSERT INTO identity_events (user_id, kind, method, other_user_id, at) VALUES (?, ?, ?, ?, ?)',
  )
  const lastEvent = db.prepare<[string], { kind: string; at: string }>(
    'SELECT kind, at FROM identity_events WHERE user_id = ? ORDER BY id DESC LIMIT 1',
  )
  const send = db.prepare<[string, string, string, string]>(
    'INSERT INTO dev_outbox (user_id, phone, text, sent_at) VALUES (?, ?, ?, ?)',
  )
  const outbox = db.prepare<[string], { phone: string; text: string; sent_at: string }>(
    'SELECT phone, text, sent_at FROM dev_outbox WHERE user_id = ? ORDER BY id DESC LIMIT 20',
  )
  // Kept as history (a firm's 企业画像 hangs on it) but no longer grants anything.
  const dropBindings = db.prepare<[string]>(
    "UPDATE enterprises SET basis = 'unproven' WHERE user_id = ?",
  )
  const ownIdNumber = db.prepare<[string], string | null>(
    'SELECT id_number FROM users WHERE id = ?',
  )

  return {
    person: (idNumber: string) => person.get(idNumber),
    entity: (uscc: string) => entity.get(uscc),
    insertVerification: (row: NewVerification) => {
      insertVerification.run(row)
    },
    verification: (id: string, userId: string) => verification.get(id, userId),
    startedByUserSince: (userId: string, since: string) =>
      countByUser.pluck().get(userId, since) ?? 0,
    startedForPersonSince: (idNumber: string, since: string) =>
      countByPerson.pluck().get(idNumber, since) ?? 0,
    lastOfUser: (userId: string) => lastOfUser.get(userId),
    /** Spends one try; false when none is left (atomic, so parallel guesses count too). */
    spendAttempt: (id: string, max: number) => countAttempt.run(id, max).changes === 1,
    /**
     * Gives the proven identity to `userId`. A former holder loses it (and the enterprises it
     * bound), and both accounts keep a record of when.
     */
    assign: db.transaction((userId: string, row: VerificationRow, at: string): boolean => {
      if (markVerified.run(at, row.id).changes === 0) return false
      const former = holder.get(row.id_number)
      if (former && former.id !== userId) {
        clearIdentity.run(former.id)
        dropBindings.run(former.id)
        event.run(former.id, 'moved_away', null, userId, at)
      }
      const own = ownIdNumber.pluck().get(userId)
      if (own && own !== row.id_number) {
        clearIdentity.run(userId)
        dropBindings.run(userId)
      }
      setIdentity.run(row.name, row.id_number, row.method, at, userId)
      event.run(userId, 'verified', row.method, null, at)
      return true
    }),
    /** When another account took this account's identity, if that is the latest event. */
    movedAwayAt: (userId: string): string | null => {
      const last = lastEvent.get(userId)
      return last?.kind === 'moved_away' ? last.at : null
    },
    sendDevSms: (userId: string, phone: string, text: string, at: string) => {
      send.run(userId, phone, text, at)
    },
    outbox: (userId: string) => outbox.all(userId),
  }
}

export type IdentityRepo = ReturnType<typeof createIdentityRepo>
