import { arg, compiledOnce } from '../../db/compiled-once'
import { inTransaction, readRows, type Sql } from '../../db/engine'

export type SignInStatus = 'pending' | 'scanned' | 'confirmed' | 'refused' | 'used'

export interface SignInRow {
  id: string
  qr_id: string
  poll_hash: string
  user_agent: string
  ip: string
  status: SignInStatus
  admin_id: string | null
  created_at: string
  expires_at: string
  decided_at: string | null
}

export interface ConsoleSessionRow {
  id: string
  token_hash: string
  user_id: string
  user_agent: string
  ip: string
  created_at: string
  last_seen_at: string
  expires_at: string
  ended_at: string | null
  ended_by: string | null
}

export interface InviteRow {
  id: string
  digits: string
  qr_id: string
  name: string
  note: string
  created_by: string | null
  created_at: string
  expires_at: string
  claimed_by: string | null
  claimed_at: string | null
  revoked_at: string | null
}

/** A live console session as every console request reads it. */
export interface LiveConsoleSession {
  id: string
  userId: string
  lastSeenAt: string
  /** Whether the user holds a live administrator grant (read with the session: one query). */
  admin: boolean
  /** The holiday calendar's version (mock/modules/calendar/sync.ts), read in the same query. */
  calendarVersion: number
}

const changed = (result: { numUpdatedRows: bigint }) => Number(result.numUpdatedRows) === 1

/** Sign-in requests, console sessions and invites: every state change is a conditional UPDATE. */
export function createAdminRepo(sql: Sql) {
  const signIns = () => sql.selectFrom('console_sign_ins').selectAll()
  const sessions = () => sql.selectFrom('console_sessions').selectAll()
  const invites = () => sql.selectFrom('staff_invites').selectAll()
  // The 会话 page: the live sessions with each holder's nickname, one statement compiled once
  // (the nickname by a subquery, so the sessions are scanned and ordered as on their own).
  const liveWithNames = compiledOnce(
    sessions()
      .select((eb) =>
        eb
          .selectFrom('users as u')
          .select('u.nickname')
          .whereRef('u.id', '=', 'user_id')
          .as('nickname'),
      )
      .where('ended_at', 'is', null)
      .where('expires_at', '>', arg(0))
      .orderBy('last_seen_at', 'desc'),
  )
  // Both run on every console request: built and compiled once. The read brings the calendar's
  // version along (one query, not two); the renewal is taken only while the session is live.
  const liveByToken = compiledOnce(
    sql
      .selectFrom('console_sessions')
      .select((eb) => [
        'id',
        'user_id',
        'last_seen_at',
        eb
          .exists(
            eb
              .selectFrom('role_grants as g')
              .select('g.id')
              .whereRef('g.user_id', '=', 'console_sessions.user_id')
              .where('g.kind', '=', 'admin')
              .where('g.revoked_at', 'is', null),
          )
          .as('admin'),
        eb.selectFrom('holiday_calendar_version').select('version').as('calendar_version'),
      ])
      .where('token_hash', '=', arg(0))
      .where('ended_at', 'is', null)
      .where('expires_at', '>', arg(1)),
  )
  const renewLive = compiledOnce(
    sql
      .updateTable('console_sessions')
      .set({ last_seen_at: arg(1), expires_at: arg(2) })
      .where('token_hash', '=', arg(0))
      .where('ended_at', 'is', null)
      .where('expires_at', '>', arg(1)),
  )
  return {
    transaction: <T>(work: () => Promise<T>): Promise<T> => inTransaction(sql, work),

    addSignIn: async (row: SignInRow) => {
      await sql.insertInto('console_sign_ins').values(row).execute()
    },
    signIn: (id: string) =>
      signIns().where('id', '=', id).executeTakeFirst() as Promise<SignInRow | undefined>,
    signInByQrId: (qrId: string) =>
      signIns().where('qr_id', '=', qrId).executeTakeFirst() as Promise<SignInRow | undefined>,
    /** Moves a live request from one of `from` to `to`; false when it was not there (or expired). */
    moveSignIn: async (
      id: string,
      from: readonly SignInStatus[],
      to: SignInStatus,
      nowIso: string,
      adminId?: string,
    ): Promise<boolean> => {
      const result = await sql
        .updateTable('console_sign_ins')
        .set({
          status: to,
          decided_at: nowIso,
          ...(adminId !== undefined && { admin_id: adminId }),
        })
        .where('id', '=', id)
        .where('status', 'in', from)
        .where('expires_at', '>', nowIso)
        .executeTakeFirst()
      return changed(result)
    },
    /** Takes a confirmed request's one session: of two polls at once, one wins. */
    useSignIn: async (id: string, nowIso: string): Promise<boolean> => {
      const result = await sql
        .updateTable('console_sign_ins')
        .set({ status: 'used' })
        .where('id', '=', id)
        .where('status', '=', 'confirmed')
        .where('expires_at', '>', nowIso)
        .executeTakeFirst()
      return changed(result)
    },
    removeSignInsBefore: async (nowIso: string) => {
      await sql.deleteFrom('console_sign_ins').where('expires_at', '<', nowIso).execute()
    },

    addSession: async (row: ConsoleSessionRow) => {
      await sql.insertInto('console_sessions').values(row).execute()
    },
    session: (id: string) =>
      sessions().where('id', '=', id).executeTakeFirst() as Promise<ConsoleSessionRow | undefined>,
    /** A live session by its cookie's hash, read from the table on every call. */
    liveSession: async (
      tokenHash: string,
      nowIso: string,
    ): Promise<LiveConsoleSession | undefined> => {
      const query = liveByToken(tokenHash, nowIso)
      const row = (await readRows(sql, query))[0]
      return (
        row && {
          id: row.id,
          userId: row.user_id,
          lastSeenAt: row.last_seen_at,
          admin: Boolean(row.admin),
          calendarVersion: Number(row.calendar_version ?? 0),
        }
      )
    },
    /** Moves a live session's idle clock on; false when it has ended or expired meanwhile. */
    renewSession: async (tokenHash: string, nowIso: string, expiresAt: string) => {
      const result = await sql.executeQuery(renewLive(tokenHash, nowIso, expiresAt))
      return Number(result.numAffectedRows ?? 0) === 1
    },
    /** The live sessions with the nickname of each holder (null when the account is gone). */
    liveSessions: async (nowIso: string) =>
      (await readRows(sql, liveWithNames(nowIso))) as (ConsoleSessionRow & {
        nickname: string | null
      })[],
    endSession: async (id: string, endedBy: string, nowIso: string): Promise<boolean> => {
      const result = await sql
        .updateTable('console_sessions')
        .set({ ended_at: nowIso, ended_by: endedBy })
        .where('id', '=', id)
        .where('ended_at', 'is', null)
        .executeTakeFirst()
      return changed(result)
    },

    addInvite: async (row: InviteRow) => {
      await sql.insertInto('staff_invites').values(row).execute()
    },
    invite: (id: string) =>
      invites().where('id', '=', id).executeTakeFirst() as Promise<InviteRow | undefined>,
    inviteByDigits: (digits: string) =>
      invites().where('digits', '=', digits).executeTakeFirst() as Promise<InviteRow | undefined>,
    inviteByQrId: (qrId: string) =>
      invites().where('qr_id', '=', qrId).executeTakeFirst() as Promise<InviteRow | undefined>,
    invites: () =>
      invites().orderBy('created_at', 'desc').limit(500).execute() as Promise<InviteRow[]>,
    claimedInvites: () =>
      invites()
        .where('claimed_by', 'is not', null)
        .orderBy('claimed_at', 'desc')
        .execute() as Promise<InviteRow[]>,
    /** One claimer wins: only an unclaimed, unrevoked, unexpired invite is taken. */
    claimInvite: async (id: string, userId: string, nowIso: string): Promise<boolean> => {
      const result = await sql
        .updateTable('staff_invites')
        .set({ claimed_by: userId, claimed_at: nowIso })
        .where('id', '=', id)
        .where('claimed_by', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', nowIso)
        .executeTakeFirst()
      return changed(result)
    },
    revokeInvite: async (id: string, nowIso: string): Promise<boolean> => {
      const result = await sql
        .updateTable('staff_invites')
        .set({ revoked_at: nowIso })
        .where('id', '=', id)
        .where('claimed_by', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return changed(result)
    },
  }
}

export type AdminRepo = ReturnType<typeof createAdminRepo>
