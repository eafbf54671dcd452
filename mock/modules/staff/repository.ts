import { randomUUID } from 'node:crypto'
import { recordChange } from '../admin/audit-repository'
import { STAFF_ROLE_NAMES, type StaffRoleKind } from '../../../src/services/contract'
import { arg, compiledOnce } from '../../db/compiled-once'
import { inTransaction, writtenOrder, type Sql } from '../../db/engine'

export interface GrantRow {
  id: string
  user_id: string
  kind: StaffRoleKind
  scope_id: string | null
  granted_by: string | null
  granted_at: string
  revoked_at: string | null
  revoked_by: string | null
}

export interface AuditRow {
  id: string
  grant_id: string
  actor_id: string | null
  action: 'granted' | 'revoked'
  before_json: string | null
  after_json: string | null
  at: string
}

type NewGrant = Pick<GrantRow, 'user_id' | 'kind' | 'scope_id' | 'granted_by' | 'granted_at'>

/** The grant as the audit trail records it before and after a change. */
const stateOf = (row: GrantRow) => ({
  userId: row.user_id,
  kind: row.kind,
  scopeId: row.scope_id,
  revokedAt: row.revoked_at,
})

export function createRoleRepo(sql: Sql) {
  const grants = () => sql.selectFrom('role_grants').selectAll()
  const find = (id: string) =>
    grants().where('id', '=', id).executeTakeFirst() as Promise<GrantRow | undefined>
  const live = (userId: string, kind: StaffRoleKind) =>
    grants().where('user_id', '=', userId).where('kind', '=', kind).where('revoked_at', 'is', null)
  // Asked on every request of a desk (staff, helper, lawyer, bank, lab, admin) and of 我的.
  const liveKind = arg(1) as StaffRoleKind
  const holdsAny = compiledOnce(live(arg(0), liveKind).limit(1))
  const holdsAt = compiledOnce(live(arg(0), liveKind).where('scope_id', '=', arg(2)).limit(1))
  const liveGrants = compiledOnce(
    grants()
      .where('user_id', '=', arg(0))
      .where('revoked_at', 'is', null)
      .orderBy('granted_at')
      .orderBy('id'),
  )
  const record = (
    row: GrantRow,
    actorId: string | null,
    action: AuditRow['action'],
    before: GrantRow | undefined,
    at: string,
  ) =>
    recordChange(sql, {
      actorId,
      action: `role.${action}`,
      target: { kind: 'role_grant', id: row.id },
      summary: `${action === 'granted' ? '授予' : '撤销'}${STAFF_ROLE_NAMES[row.kind]}角色`,
      before: before ? stateOf(before) : null,
      after: stateOf(row),
      at,
    })
  /**
   * A grant and its audit row, or undefined when the user already holds it live: the unique
   * index `role_grants_live` decides, so two grants sent at once leave one.
   */
  const grant = async (row: NewGrant): Promise<GrantRow | undefined> => {
    const stored: GrantRow = { ...row, id: randomUUID(), revoked_at: null, revoked_by: null }
    const result = await sql
      .insertInto('role_grants')
      .values(stored)
      .onConflict((conflict) => conflict.doNothing())
      .executeTakeFirst()
    if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return undefined
    await record(stored, row.granted_by, 'granted', undefined, row.granted_at)
    return stored
  }

  return {
    /** Runs `work` in one transaction (joining an open one). */
    transaction: <T>(work: () => Promise<T>): Promise<T> => inTransaction(sql, work),
    find,
    liveOfUser: async (userId: string) =>
      (await sql.executeQuery(liveGrants(userId))).rows as GrantRow[],
    /** The points, banks or labs where the user holds a live grant of `kind`. */
    scopesOf: async (userId: string, kind: StaffRoleKind): Promise<string[]> => {
      const rows = await live(userId, kind)
        .where('scope_id', 'is not', null)
        .orderBy('scope_id')
        .execute()
      return rows.flatMap((r) => (r.scope_id === null ? [] : [r.scope_id]))
    },
    /** A live grant of `kind`, at `scopeId` when given. */
    holds: async (userId: string, kind: StaffRoleKind, scopeId?: string): Promise<boolean> => {
      const query = scopeId === undefined ? holdsAny(userId, kind) : holdsAt(userId, kind, scopeId)
      return (await sql.executeQuery(query)).rows.length > 0
    },
    list: (userId: string | null, includeRevoked: boolean) => {
      let query = grants()
      if (userId !== null) query = query.where('user_id', '=', userId)
      if (!includeRevoked) query = query.where('revoked_at', 'is', null)
      return query.orderBy('granted_at', 'desc').orderBy('id').execute() as Promise<GrantRow[]>
    },
    grant,
    /**
     * The seed's initial grant, only if this user never held it: a role an administrator
     * revoked stays revoked when the server restarts. Returns rows changed.
     */
    seedGrant: async (userId: string, kind: StaffRoleKind, scopeId: string | null, at: string) => {
      const everHeld = await grants()
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .where('scope_id', scopeId === null ? 'is' : '=', scopeId)
        .executeTakeFirst()
      if (everHeld) return 0
      const granted = await grant({
        user_id: userId,
        kind,
        scope_id: scopeId,
        granted_by: null,
        granted_at: at,
      })
      return granted ? 1 : 0
    },
    /** Revokes a live grant and audits it; undefined when it was not live (or another revoked it first). */
    revoke: async (id: string, actorId: string, at: string): Promise<GrantRow | undefined> => {
      const before = await find(id)
      const result = await sql
        .updateTable('role_grants')
        .set({ revoked_at: at, revoked_by: actorId })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      if (!before || Number(result.numUpdatedRows) !== 1) return undefined
      const after: GrantRow = { ...before, revoked_at: at, revoked_by: actorId }
      await record(after, actorId, 'revoked', before, at)
      return after
    },
    audit: async (userId: string | null): Promise<AuditRow[]> => {
      let query = sql
        .selectFrom('admin_audit as a')
        .innerJoin('role_grants as g', 'g.id', 'a.target_id')
        .where('a.target_kind', '=', 'role_grant')
        .select([
          'a.id',
          'a.target_id',
          'a.actor_id',
          'a.action',
          'a.before_json',
          'a.after_json',
          'a.at',
        ])
      if (userId !== null) query = query.where('g.user_id', '=', userId)
      const rows = await query
        .orderBy('a.at', 'desc')
        .orderBy(writtenOrder(sql, 'a'), 'desc')
        .limit(500)
        .execute()
      return rows.map(({ target_id, action, ...row }) => ({
        ...row,
        grant_id: target_id,
        action: action === 'role.revoked' ? 'revoked' : 'granted',
      }))
    },
  }
}

export type RoleRepo = ReturnType<typeof createRoleRepo>
