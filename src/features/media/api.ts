import type { LiveSession } from '../../services/contract'
import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

const call = lazyCallerFor(endpointsOf.media)

export const PAGE_SIZE = 10

export const listVideos = (filter: { q?: string; department?: string }, page: number) =>
  call('GET /api/v1/media/videos', { query: { ...filter, page, pageSize: PAGE_SIZE } })

export const getVideo = (id: string) => call('GET /api/v1/media/videos/:id', { params: { id } })

export const liveHome = () => call('GET /api/v1/media/live')

export const getLive = (id: string) => call('GET /api/v1/media/live/:id', { params: { id } })

export const setLiveReminder = (
  id: string,
  on: boolean,
  channel: 'app' | 'wechat',
): Promise<LiveSession> =>
  on
    ? call('PUT /api/v1/media/live/:id/subscription', { params: { id }, body: { channel } })
    : call('DELETE /api/v1/media/live/:id/subscription', { params: { id } })
