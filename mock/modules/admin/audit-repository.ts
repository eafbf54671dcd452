import { randomUUID } from 'node:crypto'
import { writtenOrder, type Sql } from '../../db/engine'

export interface Change {
  actorId: string | null
  /** `<area>.<verb>`: `role.granted`, `console.sign_in`, `invite.claimed` … */
  action: string
  target: { kind: string; id: string }
  /** Shown as is in the audit log. */
  summary: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  at: string
}

export interface AuditLogRow {
  id: string
  actor_id: string | null
  action: string
  target_kind: string
  target_id: string
  summary: string
  before_json: string | null
  after_json: string | null
  at: string
}

export interface AuditFilter {
  area: string | null
  actorId: string | null
  /** ISO instants, `from` inclusive, `to` exclusive. */
  from: string | null
  to: string | null
}

/** One row of the console's audit log; callers run it in the transaction of the change. */
export async function recordChange(sql: Sql, change: Change): Promise<void> {
  await sql
    .insertInto('admin_audit')
    .values({
      id: randomUUID(),
      actor_id: change.actorId,
      action: change.action,
      target_kind: change.target.kind,
      target_id: change.target.id,
      summary: change.summary,
      before_json: change.before === null ? null : JSON.stringify(change.before),
      after_json: change.after === null ? null : JSON.stringify(change.after),
      at: change.at,
    })
    .execute()
}

export function createAuditRepo(sql: Sql) {
  const filtered = (filter: AuditFilter) => {
    let query = sql.selectFrom('admin_audit')
    if (filter.area !== null) query = query.where('action', 'like', `${filter.area}.%`)
    if (filter.actorId !== null) query = query.where('actor_id', '=', filter.actorId)
    if (filter.from !== null) query = query.where('at', '>=', filter.from)
    if (filter.to !== null) query = query.where('at', '<', filter.to)
    return query
  }
  return {
    record: (change: Change) => recordChange(sql, change),
    page: async (filter: AuditFilter, offset: number, limit: number) => {
      const counted = await filtered(filter)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
      const rows = (await filtered(filter)
        .selectAll()
        .orderBy('at', 'desc')
        .orderBy(writtenOrder(sql), 'desc')
        .offset(offset)
        .limit(limit)
        .execute()) as AuditLogRow[]
      return { rows, total: Number(counted.n) }
    },
  }
}
