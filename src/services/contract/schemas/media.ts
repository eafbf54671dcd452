import * as z from 'zod/mini'
import { clean } from '../zod'

/** What a chapter explains: one 办事指南 item or one 一件事. */
export const ChapterLink = z.object({
  kind: z.enum(['item', 'bundle']),
  id: z.string(),
  name: z.string(),
})
export type ChapterLink = z.infer<typeof ChapterLink>

export const Chapter = z.object({
  /** 1-based, the `?chapter=` of the player page. */
  index: z.number(),
  title: z.string(),
  startSec: z.number(),
  endSec: z.number(),
  link: ChapterLink,
})
export type Chapter = z.infer<typeof Chapter>

export const VideoSummary = z.object({
  id: z.string(),
  title: z.string(),
  department: z.string(),
  durationSec: z.number(),
  chapterCount: z.number(),
  /** Server paths under /api/v1/media/files/. */
  posterUrl: z.string(),
})
export type VideoSummary = z.infer<typeof VideoSummary>

export const Video = z.object({
  ...VideoSummary.shape,
  kind: z.enum(['tutorial', 'replay']),
  description: z.string(),
  src: z.string(),
  chapters: z.array(Chapter),
})
export type Video = z.infer<typeof Video>

const shortText = (label: string) =>
  z.optional(z.string().check(clean(), z.maxLength(30, `${label}不能超过30个字`)))

export const VIDEO_PAGE_SIZE_MAX = 20

export const VideoQuery = z.object({
  q: shortText('搜索词'),
  department: shortText('部门名称'),
  page: z.optional(z.coerce.number().check(z.int('页码必须是整数'), z.gte(1, '页码从1开始'))),
  pageSize: z.optional(
    z.coerce
      .number()
      .check(
        z.int('每页条数必须是整数'),
        z.gte(1, '每页至少1条'),
        z.lte(VIDEO_PAGE_SIZE_MAX, `每页最多${VIDEO_PAGE_SIZE_MAX}条`),
      ),
  ),
})

export const VideoPage = z.object({
  items: z.array(VideoSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Every department with tutorials, for the filter. */
  departments: z.array(z.string()),
})
export type VideoPage = z.infer<typeof VideoPage>

export const ChapterQuery = z.object({
  itemId: z.string().check(clean(), z.minLength(1, '请指定事项'), z.maxLength(64, '事项编号过长')),
})

/** Chapters that explain one item, best first: the guide's “看视频讲解”. */
export const ItemChapters = z.object({
  items: z.array(z.object({ videoId: z.string(), videoTitle: z.string(), chapter: Chapter })),
})
export type ItemChapters = z.infer<typeof ItemChapters>

export const LiveStatus = z.enum(['upcoming', 'live', 'finished'])
export type LiveStatus = z.infer<typeof LiveStatus>

export const LiveSession = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.string(),
  hostDepartment: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: LiveStatus,
  /** The user asked for the 开播提醒. */
  subscribed: z.boolean(),
  subscriberCount: z.number(),
  /**
   * While on air: the broadcast and how far into it the server's clock is. `recorded`: the slot
   * plays a clip made beforehand, not a camera now, so it must never be called 正在直播.
   */
  feed: z.nullable(z.object({ src: z.string(), offsetSec: z.number(), recorded: z.boolean() })),
  /** Once finished: the replay, a video with chapters. */
  replayVideoId: z.nullable(z.string()),
  posterUrl: z.string(),
})
export type LiveSession = z.infer<typeof LiveSession>

export const LiveHome = z.object({
  live: z.array(LiveSession),
  upcoming: z.array(LiveSession),
  replays: z.array(LiveSession),
})
export type LiveHome = z.infer<typeof LiveHome>

export const LiveReminderChannel = z.enum(['app', 'wechat'], '提醒方式只能是 app 或 wechat')
export const LiveSubscriptionRequest = z.object({ channel: LiveReminderChannel })
