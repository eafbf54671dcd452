import { inTransaction, type Sql } from '../../db/engine'

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

const changed = (result: { numUpdatedRows: bigint }) => Number(result.numUpdatedRows) === 1

/** Sign-in requests, console sessions and invites: every state change is a conditional UPDATE. */
export function createAdminRepo(sql: Sql) {
  const signIns = () => sql.selectFrom('console_sign_ins').selectAll()
  const sessions = () => sql.selectFrom('console_sessions').selectAll()
  const invites = () => sql.selectFrom('staff_invites').selectAll()
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
    /** A live session by its cookie's hash, its idle clock moved on (only while live). */
    touchSession: async (
      tokenHash: string,
      nowIso: string,
      expiresAt: string,
    ): Promise<ConsoleSessionRow | undefined> => {
      const result = await sql
        .updateTable('console_sessions')
        .set({ last_seen_at: nowIso, expires_at: expiresAt })
        .where('token_hash', '=', tokenHash)
        .where('ended_at', 'is', null)
        .where('expires_at', '>', nowIso)
        .executeTakeFirst()
      if (!changed(result)) return undefined
      return sessions().where('token_hash', '=', tokenHash).executeTakeFirst() as Promise<
        ConsoleSessionRow | undefined
      >
    },
    liveSessions: (nowIso: string) =>
      sessions()
        .where('ended_at', 'is', null)
        .where('expires_at', '>', nowIso)
        .orderBy('last_seen_at', 'desc')
        .execute() as Promise<ConsoleSessionRow[]>,
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
