import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  ChapterQuery,
  ItemChapters,
  LiveHome,
  LiveSession,
  LiveSubscriptionRequest,
  Video,
  VideoPage,
  VideoQuery,
} from '../schemas/media'

/** The endpoints of 政务直播 and videos. */
export const mediaEndpoints = {
  'GET /api/v1/media/videos': {
    summary: '视频讲解（搜索、按部门筛选、分页）',
    auth: true,
    query: VideoQuery,
    response: VideoPage,
  },
  'GET /api/v1/media/videos/:id': {
    summary: '视频讲解详情与章节',
    auth: true,
    params: IdParams,
    response: Video,
  },
  'GET /api/v1/media/chapters': {
    summary: '讲解某个事项的视频章节（办事指南“看视频讲解”）',
    auth: true,
    query: ChapterQuery,
    response: ItemChapters,
  },
  'GET /api/v1/media/live': {
    summary: '政务直播：正在直播、即将开播、精彩回放',
    auth: true,
    response: LiveHome,
  },
  'GET /api/v1/media/live/:id': {
    summary: '直播详情',
    auth: true,
    params: IdParams,
    response: LiveSession,
  },
  'PUT /api/v1/media/live/:id/subscription': {
    summary: '预约开播提醒（重复预约不变）',
    auth: true,
    params: IdParams,
    body: LiveSubscriptionRequest,
    response: LiveSession,
  },
  'DELETE /api/v1/media/live/:id/subscription': {
    summary: '取消开播提醒',
    auth: true,
    params: IdParams,
    response: LiveSession,
  },
} as const satisfies Record<string, EndpointDef>
