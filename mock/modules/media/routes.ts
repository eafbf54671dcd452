import type { LiveSession, Output } from '../../../src/services/contract'
import { cacheByVersion, contentVersion } from '../catalog/version-cache'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import { clipUrl, durationOf } from './clips'
import { toChapters, toLiveSession, toVideoSummary } from './view'
import type { HandlerDeps } from '../deps'

type MediaKeys =
  | 'GET /api/v1/media/videos'
  | 'GET /api/v1/media/videos/:id'
  | 'GET /api/v1/media/chapters'
  | 'GET /api/v1/media/live'
  | 'GET /api/v1/media/live/:id'
  | 'PUT /api/v1/media/live/:id/subscription'
  | 'DELETE /api/v1/media/live/:id/subscription'

const DEFAULT_PAGE_SIZE = 10

type VideoPage = Output<'GET /api/v1/media/videos'>
type VideoDetail = Output<'GET /api/v1/media/videos/:id'>
type ChapterHit = Output<'GET /api/v1/media/chapters'>['items'][number]

export function mediaHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, MediaKeys> {
  const m = repos.media
  // Videos and chapters change only in the console (or a seed), and every write moves the media
  // version on (migration 38): what residents read of them is kept per version.
  const mediaVersion = () => contentVersion(sql, 'media')
  const videoPages = cacheByVersion<VideoPage>(sql, mediaVersion, 500)
  const videoDetails = cacheByVersion<VideoDetail | null>(sql, mediaVersion, 1000)
  const explained = cacheByVersion<ChapterHit[]>(sql, mediaVersion, 2000)
  const session = async (userId: string, id: string, now: Date): Promise<LiveSession> => {
    const row = await m.session(userId, id)
    if (!row) throw notFound('没有找到这场直播，请回到“政务直播”重新选择')
    return toLiveSession(row, durationOf(row.feed_clip), now)
  }
  return {
    'GET /api/v1/media/videos': ({ query }) => {
      const page = query.page ?? 1
      const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE
      const key = JSON.stringify([query.q ?? '', query.department ?? '', page, pageSize])
      return videoPages(key, async () => {
        const departments = await m.departments()
        if (query.department && !departments.includes(query.department)) {
          throw new ApiError(400, 'VALIDATION_FAILED', '没有这个部门的视频讲解', {
            department: '请从列表中选择部门',
          })
        }
        const { rows, total } = await m.tutorials(query, pageSize, (page - 1) * pageSize)
        return { items: rows.map(toVideoSummary), total, page, pageSize, departments }
      })
    },
    'GET /api/v1/media/videos/:id': async ({ params }) => {
      const video = await videoDetails(params.id, async () => {
        const row = await m.video(params.id)
        if (!row) return null
        return {
          ...toVideoSummary(row),
          kind: row.kind,
          description: row.description,
          src: clipUrl(row.clip),
          chapters: toChapters(await m.chapters(row.id), row.duration_sec),
        }
      })
      if (!video) throw notFound('没有找到这个视频，可能已下架，请回到视频讲解列表')
      return video
    },
    'GET /api/v1/media/chapters': async ({ query }) => ({
      items: await explained(query.itemId, async () =>
        Promise.all(
          (await m.explaining(query.itemId)).map(async (row) => {
            const video = await m.video(row.video_id)
            const chapters = toChapters(await m.chapters(row.video_id), video?.duration_sec ?? 0)
            const chapter = chapters.find((c) => c.index === row.idx)
            if (!chapter) throw new Error(`chapter ${row.video_id}#${row.idx} vanished`)
            return { videoId: row.video_id, videoTitle: row.video_title, chapter }
          }),
        ),
      ),
    }),
    'GET /api/v1/media/live': async (_input, ctx) => {
      const all = (await m.sessions(ctx.session.userId)).map((row) =>
        toLiveSession(row, durationOf(row.feed_clip), ctx.now),
      )
      return {
        live: all.filter((s) => s.status === 'live'),
        upcoming: all.filter((s) => s.status === 'upcoming'),
        replays: all.filter((s) => s.status === 'finished').reverse(),
      }
    },
    'GET /api/v1/media/live/:id': ({ params }, ctx) =>
      session(ctx.session.userId, params.id, ctx.now),
    'PUT /api/v1/media/live/:id/subscription': async ({ params, body }, ctx) => {
      const { userId } = ctx.session
      const found = await session(userId, params.id, ctx.now)
      if (found.status === 'finished') {
        throw new ApiError(
          409,
          'LIVE_FINISHED',
          '这场直播已经结束，不能再预约开播提醒；可以在“精彩回放”里观看',
        )
      }
      if (found.status === 'live') {
        throw new ApiError(409, 'LIVE_ON_AIR', '这场直播正在进行，不用预约，直接进入直播间观看')
      }
      await m.subscribe(found.id, userId, body.channel, ctx.now.toISOString())
      return session(userId, params.id, ctx.now)
    },
    'DELETE /api/v1/media/live/:id/subscription': async ({ params }, ctx) => {
      const { userId } = ctx.session
      const found = await session(userId, params.id, ctx.now)
      await m.unsubscribe(found.id, userId)
      return session(userId, params.id, ctx.now)
    },
  }
}
