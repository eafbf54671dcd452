import { notFound } from '../http/errors'
import type { Handlers } from '../http/types'
import type { HandlerDeps } from './deps'

type PointKeys = 'GET /api/v1/service-points' | 'GET /api/v1/service-points/:id'

export function servicePointHandlers({ repos }: HandlerDeps): Pick<Handlers, PointKeys> {
  return {
    'GET /api/v1/service-points': ({ query }) => ({ items: repos.servicePoints.list(query) }),
    'GET /api/v1/service-points/:id': ({ params }) => {
      const point = repos.servicePoints.findById(params.id)
      if (!point) throw notFound('没有找到该服务网点，请返回列表重新选择')
      return point
    },
  }
}
