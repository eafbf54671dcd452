import { randomUUID } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import type { CaseStatus, UrgeResult } from '../../../src/services/contract'
import type { Sql } from '../../db/engine'
import { ApiError, notFound } from '../../http/errors'
import { recordChange } from '../admin/audit-repository'
import { urgedMessage } from '../messages/builders'
import type { Notify } from '../messages/notify'
import type { Repos } from '../repositories'
import { URGE_ACTION, urgesOf } from './overdue'

const CLOSED: readonly CaseStatus[] = ['finished', 'refused']

interface UrgeContext {
  actorId: string
  now: Date
  log: FastifyBaseLogger
}

/**
 * 督办 one open case: the 帮办员 holding it gets one message, and the audit log a row, in the
 * transaction of the request (its Idempotency-Key makes a retry answer the same, sending nothing).
 */
export async function urgeCase(
  deps: { sql: Sql; repos: Repos; notify: Notify },
  caseId: string,
  note: string,
  ctx: UrgeContext,
): Promise<UrgeResult> {
  const row = await deps.repos.cases.find(caseId)
  if (!row) throw notFound('没有找到该办件，请刷新督办列表')
  if (CLOSED.includes(row.status)) {
    throw new ApiError(409, 'SUPERVISION_CASE_CLOSED', '该办件已办结，无需督办，请刷新督办列表')
  }
  const helper = row.helper_id === null ? undefined : await deps.repos.cases.helper(row.helper_id)
  if (!helper) {
    throw new ApiError(
      409,
      'SUPERVISION_NO_HELPER',
      '该办件还没有分配帮办员，请先在人员与角色中安排帮办员后再督办',
    )
  }
  const before = (await urgesOf(deps.sql, [caseId])).get(caseId)?.count ?? 0
  const urgedAt = ctx.now.toISOString()
  const urgeId = randomUUID()
  await recordChange(deps.sql, {
    actorId: ctx.actorId,
    action: URGE_ACTION,
    target: { kind: 'case', id: caseId },
    summary: `督办办件 ${row.number}（${row.title}），已通知帮办员 ${helper.name}`,
    before: { urged: before },
    after: { urged: before + 1, urgeId, helperId: helper.user_id, note },
    at: urgedAt,
  })
  await deps.notify(
    { now: ctx.now, log: ctx.log },
    urgedMessage(row, helper.user_id, urgeId, note === '' ? '' : `督办说明：${note}`, ctx.now),
  )
  return { caseId, helperName: helper.name, urgedAt, urged: before + 1 }
}
