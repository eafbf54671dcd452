import { randomBytes, randomUUID } from 'node:crypto'
import { beijingDate, maskName, maskPhone, type TelecomOrder } from '../../../src/services/contract'
import { ApiError } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { PLANS, plansOf } from './plans'
import type { HandlerDeps } from '../deps'
import type { TelecomRequestRow } from './repository'

type TelecomKeys =
  'GET /api/v1/telecom/plans' | 'POST /api/v1/telecom/requests' | 'GET /api/v1/telecom/requests'

function toOrder(row: TelecomRequestRow): TelecomOrder {
  const plan = PLANS.find((p) => p.id === row.plan_id)
  return {
    id: row.id,
    refNo: row.ref_no,
    planName: plan?.name ?? '通信套餐',
    operatorName: plan?.operatorName ?? '',
    contact: maskName(row.contact),
    phone: maskPhone(row.phone),
    address: row.address,
    statusText: '已提交，运营商将在1个工作日内致电确认上门时间',
    createdAt: row.created_at,
  }
}

export function telecomHandlers({ repos }: HandlerDeps): Pick<Handlers, TelecomKeys> {
  const t = repos.telecom
  return {
    'GET /api/v1/telecom/plans': ({ query }) => ({ items: plansOf(query.kind) }),
    'POST /api/v1/telecom/requests': async ({ body }, ctx) => {
      if (!PLANS.some((p) => p.id === body.planId)) {
        throw new ApiError(400, 'VALIDATION_FAILED', '请选择列表中的套餐', {
          planId: '没有这个套餐，请返回比价页重新选择',
        })
      }
      const id = randomUUID()
      await t.insert({
        id,
        ref_no: `TX${beijingDate(ctx.now).replace(/-/g, '')}${randomBytes(3).toString('hex').toUpperCase()}`,
        user_id: ctx.session.userId,
        plan_id: body.planId,
        contact: body.contact,
        phone: body.phone,
        address: body.address,
        created_at: ctx.now.toISOString(),
      })
      const row = await t.find(id)
      if (!row) throw new Error('telecom request insert did not persist')
      return toOrder(row)
    },
    'GET /api/v1/telecom/requests': async (_input, ctx) => ({
      items: (await t.ofUser(ctx.session.userId)).map(toOrder),
    }),
  }
}
