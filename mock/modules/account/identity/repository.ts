import { arg, compiledOnce, compiledReader } from '../../../db/compiled-once'
import { inTransaction, inTurn, type Sql } from '../../../db/engine'
import type { Challenge } from './verifier'

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

interface IdentityEventRow {
  user_id: string
  kind: 'verified' | 'moved_away'
  method: 'sms' | 'face' | null
  other_user_id: string | null
  at: string
}

export function createIdentityRepo(sql: Sql) {
  const verifications = () => sql.selectFrom('identity_verifications').selectAll()
  // Read by 我的 on every visit.
  const lastEvent = compiledOnce(
    sql
      .selectFrom('identity_events')
      .select(['kind', 'at'])
      .where('user_id', '=', arg(0))
      .orderBy('id', 'desc')
      .limit(1),
  )
  const outbox = compiledReader(
    sql,
    sql
      .selectFrom('dev_outbox')
      .select(['phone', 'text', 'sent_at'])
      .where('user_id', '=', arg(0))
      .orderBy('id', 'desc')
      .limit(20),
  )
  const countStarted = async (column: 'user_id' | 'id_number', value: string, since: string) => {
    const row = await sql
      .selectFrom('identity_verifications')
      .select((eb) => eb.fn.countAll().as('n'))
      .where(column, '=', value)
      .where('created_at', '>', since)
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }
  const clearIdentity = async (userId: string) => {
    await sql
      .updateTable('users')
      .set({
        real_name: null,
        id_number: null,
        identity_method: null,
        identity_verified_at: null,
        active_enterprise_id: null,
      })
      .where('id', '=', userId)
      .execute()
    // Kept as history (a firm's 企业画像 hangs on it) but no longer grants anything.
    await sql
      .updateTable('enterprises')
      .set({ basis: 'unproven' })
      .where('user_id', '=', userId)
      .execute()
  }
  const event = async (
    row: Omit<IdentityEventRow, 'method' | 'other_user_id'> & Partial<IdentityEventRow>,
  ) => {
    await sql.insertInto('identity_events').values(row).execute()
  }

  return {
    person: (idNumber: string) =>
      sql
        .selectFrom('population_registry')
        .selectAll()
        .where('id_number', '=', idNumber)
        .executeTakeFirst() as Promise<PersonRow | undefined>,
    entity: (uscc: string) =>
      sql
        .selectFrom('market_entities')
        .selectAll()
        .where('uscc', '=', uscc)
        .executeTakeFirst() as Promise<EntityRow | undefined>,
    /**
     * Within a transaction, takes turns with every other start for the same account or the same
     * person (PostgreSQL advisory locks, always in this order; SQLite has one writer): the
     * counts of the flood limits stay true until this start is stored.
     */
    takeTurnsToStart: async (userId: string, idNumber: string) => {
      await inTurn(sql, `identity-start-user:${userId}`)
      await inTurn(sql, `identity-start-person:${idNumber}`)
    },
    insertVerification: async (row: NewVerification) => {
      await sql.insertInto('identity_verifications').values(row).execute()
    },
    /** What the verifier answered, once it has started the proof. */
    setChallenge: async (id: string, challenge: Challenge) => {
      await sql
        .updateTable('identity_verifications')
        .set({
          phone: challenge.phone,
          code_hash: challenge.codeHash,
          face_verify_id: challenge.faceVerifyId,
        })
        .where('id', '=', id)
        .execute()
    },
    /** A start the verifier refused does not count against the limits. */
    removeVerification: async (id: string) => {
      await sql.deleteFrom('identity_verifications').where('id', '=', id).execute()
    },
    verification: (id: string, userId: string) =>
      verifications()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst() as Promise<VerificationRow | undefined>,
    startedByUserSince: (userId: string, since: string) => countStarted('user_id', userId, since),
    startedForPersonSince: (idNumber: string, since: string) =>
      countStarted('id_number', idNumber, since),
    lastOfUser: (userId: string) =>
      verifications()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst() as Promise<VerificationRow | undefined>,
    /** Spends one try; false when none is left (one conditional update, so parallel guesses count too). */
    spendAttempt: async (id: string, max: number) => {
      const result = await sql
        .updateTable('identity_verifications')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('attempts', '<', max)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
    /**
     * Gives the proven identity to `userId`, once per verification. A former holder loses it (and
     * the enterprises it bound), and both accounts keep a record of when. Accounts proving the
     * same person at once take turns, so each move sees the holder before it.
     */
    assign: (userId: string, row: VerificationRow, at: string): Promise<boolean> =>
      inTransaction(sql, async () => {
        const marked = await sql
          .updateTable('identity_verifications')
          .set({ verified_at: at })
          .where('id', '=', row.id)
          .where('verified_at', 'is', null)
          .executeTakeFirst()
        if (Number(marked.numUpdatedRows) === 0) return false
        await inTurn(sql, `identity-holder:${row.id_number}`)
        const former = await sql
          .selectFrom('users')
          .select('id')
          .where('id_number', '=', row.id_number)
          .executeTakeFirst()
        if (former && former.id !== userId) {
          await clearIdentity(former.id)
          await event({ user_id: former.id, kind: 'moved_away', other_user_id: userId, at })
        }
        const own = await sql
          .selectFrom('users')
          .select('id_number')
          .where('id', '=', userId)
          .executeTakeFirst()
        if (own?.id_number && own.id_number !== row.id_number) await clearIdentity(userId)
        await sql
          .updateTable('users')
          .set({
            real_name: row.name,
            id_number: row.id_number,
            identity_method: row.method,
            identity_verified_at: at,
          })
          .where('id', '=', userId)
          .execute()
        await event({ user_id: userId, kind: 'verified', method: row.method, at })
        return true
      }),
    /** When another account took this account's identity, if that is the latest event. */
    movedAwayAt: async (userId: string): Promise<string | null> => {
      const last = (await sql.executeQuery(lastEvent(userId))).rows[0]
      return last?.kind === 'moved_away' ? last.at : null
    },
    sendDevSms: async (userId: string, phone: string, text: string, at: string) => {
      await sql
        .insertInto('dev_outbox')
        .values({ user_id: userId, phone, text, sent_at: at })
        .execute()
    },
    /** Runs `work` in one transaction (joining an open one). */
    transaction: <T>(work: () => Promise<T>): Promise<T> => inTransaction(sql, work),
    outbox: (userId: string) => outbox(userId),
  }
}

export type IdentityRepo = ReturnType<typeof createIdentityRepo>
