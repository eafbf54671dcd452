// 一码通 as the fake backend answers it: one official guide link, everything else refused.
import type { Campaign, EndpointKey, QueueTicket, Zone } from '../../../src/services/contract'
import { clinicFiling } from './fake-catalog'
import { centerPoint } from './fixtures'
import type { RouteTable } from './server'

export const GUIDE_LINK = 'https://ymt.qingshan.gov.cn/q/gK7M2P9QA..ABCDEFGHIJ'

export const zone: Zone = {
  id: 'enterprise',
  name: '企业智惠服务专区',
  pointId: centerPoint.id,
  pointName: centerPoint.name,
  description: '整合23个部门资源，一站式、全链条服务。',
  services: [
    { title: '诊所备案', link: GUIDE_LINK, action: { kind: 'guide', itemId: clinicFiling.id } },
    {
      title: '政务服务中心取号',
      link: 'https://ymt.qingshan.gov.cn/q/qAAAAAAAA..ABCDEFGHIJ',
      action: { kind: 'queue', pointId: centerPoint.id },
    },
  ],
}

const gift: Campaign = {
  id: 'gift-2026',
  title: '扫码享政务礼包',
  description: '在便民服务点扫码领取。',
  benefits: ['办事材料免费复印、打印（10页以内）', '办件结果免费邮寄到家1次'],
  claimedAt: null,
}

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined

type Key = Extract<
  EndpointKey,
  `${string} /api/v1/qr/${string}` | `${string}/queue/${string}` | `${string}/campaigns/${string}`
>

export function qrRoutes(): Pick<RouteTable, Exclude<Key, `${string}/staff/${string}`>> {
  let claimedAt: string | null = null
  const ticket: QueueTicket = {
    id: 'ticket-1',
    number: 'A001',
    pointId: centerPoint.id,
    pointName: centerPoint.name,
    status: 'waiting',
    ahead: 0,
    waitMinutes: 0,
    takenAt: '2030-03-04T01:00:00.000Z',
  }
  return {
    'POST /api/v1/qr/resolve': (req) =>
      field(req.body, 'text') === GUIDE_LINK
        ? {
            status: 200,
            data: {
              result: 'official',
              title: '诊所备案',
              action: { kind: 'guide', itemId: clinicFiling.id },
            },
          }
        : {
            status: 200,
            data: {
              result: 'refused',
              reason: 'not_official',
              message: '这不是本平台签发的二维码。',
            },
          },
    'GET /api/v1/qr/scans': () => ({
      status: 200,
      data: {
        items: [{ id: 's1', at: '2030-03-04T01:00:00.000Z', official: true, title: '诊所备案' }],
      },
    }),
    'GET /api/v1/qr/zones/:id': () => ({ status: 200, data: zone }),
    'POST /api/v1/queue/tickets': () => ({ status: 200, data: ticket }),
    'GET /api/v1/queue/tickets/:id': () => ({ status: 200, data: ticket }),
    'GET /api/v1/campaigns/:id': () => ({ status: 200, data: { ...gift, claimedAt } }),
    'POST /api/v1/campaigns/:id/claims': () => {
      claimedAt ??= '2030-03-04T01:00:00.000Z'
      return { status: 200, data: { ...gift, claimedAt } }
    },
  }
}
