// 宽带/专线/套餐 as the fake backend answers it: the reference server's plans and order.
import type { PlanKind, TelecomOrder } from '../../../src/services/contract'
import { PLANS, plansOf } from '../../../mock/modules/telecom/plans'
import type { ApiRequest, RouteTable } from './server'

const field = (req: ApiRequest, name: string) => String((req.body as Record<string, unknown>)[name])

export function telecomRoutes(): RouteTable {
  const orders: TelecomOrder[] = []
  return {
    'GET /api/v1/telecom/plans': (req) => ({
      status: 200,
      data: { items: plansOf((req.query.get('kind') ?? undefined) as PlanKind | undefined) },
    }),
    'POST /api/v1/telecom/requests': (req) => {
      const plan = PLANS.find((p) => p.id === field(req, 'planId'))
      if (!plan) return { status: 400, error: { code: 'VALIDATION_FAILED', message: '请选择套餐' } }
      const order: TelecomOrder = {
        id: `order-${orders.length + 1}`,
        refNo: 'TX20260302A1B2C3',
        planName: plan.name,
        operatorName: plan.operatorName,
        contact: `${field(req, 'contact').slice(0, 1)}**`,
        phone: '138****0001',
        address: field(req, 'address'),
        statusText: '已提交，运营商将在1个工作日内致电确认上门时间',
        createdAt: '2026-03-02T01:00:00.000Z',
      }
      orders.unshift(order)
      return { status: 200, data: order }
    },
    'GET /api/v1/telecom/requests': () => ({ status: 200, data: { items: orders } }),
  }
}
