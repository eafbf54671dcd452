import type { EndpointDef } from './define'
import { IdParams } from '../schemas/common'
import {
  AdminLiveList,
  AdminLiveSession,
  AdminVideo,
  AdminVideoPage,
  AdminVideoQuery,
  LiveSessionEdit,
  VideoEdit,
} from '../schemas/admin-content'

/** 管理后台 · 直播与视频: the 政务直播 timetable and the 视频讲解 library. */
export const adminMediaEndpoints = {
  'GET /api/v1/admin/media/live': {
    summary: '管理后台：直播排期（含已取消）',
    auth: true,
    response: AdminLiveList,
  },
  'POST /api/v1/admin/media/live': {
    summary: '管理后台：新增一场直播（不得与其他场次重叠）',
    auth: true,
    creates: true,
    body: LiveSessionEdit,
    response: AdminLiveSession,
  },
  'POST /api/v1/admin/media/live/:id': {
    summary: '管理后台：修改未开播的直播；改了时间则通知已预约提醒的居民',
    auth: true,
    params: IdParams,
    body: LiveSessionEdit,
    response: AdminLiveSession,
  },
  'POST /api/v1/admin/media/live/:id/cancel': {
    summary: '管理后台：取消未开播的直播，并通知已预约提醒的居民',
    auth: true,
    params: IdParams,
    response: AdminLiveSession,
  },
  'GET /api/v1/admin/media/videos': {
    summary: '管理后台：视频讲解与直播回放（含已下架）',
    auth: true,
    query: AdminVideoQuery,
    response: AdminVideoPage,
  },
  'POST /api/v1/admin/media/videos/:id': {
    summary: '管理后台：修改视频标题、主题、简介和章节',
    auth: true,
    params: IdParams,
    body: VideoEdit,
    response: AdminVideo,
  },
  'POST /api/v1/admin/media/videos/:id/hide': {
    summary: '管理后台：下架视频',
    auth: true,
    params: IdParams,
    response: AdminVideo,
  },
  'POST /api/v1/admin/media/videos/:id/show': {
    summary: '管理后台：重新上架视频',
    auth: true,
    params: IdParams,
    response: AdminVideo,
  },
} as const satisfies Record<string, EndpointDef>
