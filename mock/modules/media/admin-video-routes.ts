import { inTransaction } from '../../db/engine'
import { notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import type { AdminVideo, AdminVideoPage } from '../../../src/services/contract'
import { recordChange } from '../admin/audit-repository'
import { cacheByVersion, contentVersion } from '../catalog/version-cache'
import type { HandlerDeps } from '../deps'
import { ADMIN_VIDEO_PAGE } from './admin-repository'
import { toAdminVideo, videoState } from './admin-view'
import { checkChapters } from './chapter-rules'
import { keptAnswer } from '../../http/kept-answer'

type AdminVideoKeys =
  | 'GET /api/v1/admin/media/videos'
  | 'POST /api/v1/admin/media/videos/:id'
  | 'POST /api/v1/admin/media/videos/:id/hide'
  | 'POST /api/v1/admin/media/videos/:id/show'

const SUMMARY = { edited: '修改视频', hidden: '下架视频', shown: '上架视频' }

/** 管理后台 · 视频讲解: titles, 主题, chapters, taking a video off. Every change is audited. */
export function adminVideoHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, AdminVideoKeys> {
  const media = repos.mediaAdmin
  // Videos and chapters move the media version on (migration 38) from any process: a page of the
  // list (which reads every video to search and count) is kept per version.
  const pages = cacheByVersion<AdminVideoPage>(sql, () => contentVersion(sql, 'media'), 100)
  const found = async (id: string): Promise<AdminVideo> => {
    const row = await media.video(id)
    if (!row) throw notFound('没有找到这个视频，请刷新列表后重试')
    return toAdminVideo(row, await media.chapters([row.id]))
  }
  const audited = (
    id: string,
    actorId: string,
    at: string,
    verb: keyof typeof SUMMARY,
    change: (before: AdminVideo) => Promise<boolean>,
  ) =>
    inTransaction(sql, async () => {
      const before = await found(id)
      if (!(await change(before))) return before
      const after = await found(id)
      await recordChange(sql, {
        actorId,
        action: `video.${verb}`,
        target: { kind: 'video', id },
        summary: `${SUMMARY[verb]}（${after.title}）`,
        before: videoState(before),
        after: videoState(after),
        at,
      })
      return after
    })
  return {
    'GET /api/v1/admin/media/videos': ({ query }) => {
      const page = query.page ?? 1
      return pages(JSON.stringify([query.q ?? '', page]), async () => {
        const { rows, total } = await media.videos(query.q, page)
        const chapters = await media.chapters(rows.map((r) => r.id))
        return keptAnswer({
          items: rows.map((r) => toAdminVideo(r, chapters)),
          total,
          page,
          pageSize: ADMIN_VIDEO_PAGE,
        })
      })
    },
    'POST /api/v1/admin/media/videos/:id': ({ params, body }, ctx) => {
      const at = ctx.now.toISOString()
      return audited(params.id, ctx.session.userId, at, 'edited', async (before) => {
        checkChapters(body.chapters, before.chapters.length, before.durationSec)
        await media.editVideo(before.id, body, at)
        return true
      })
    },
    'POST /api/v1/admin/media/videos/:id/hide': ({ params }, ctx) => {
      const at = ctx.now.toISOString()
      return audited(params.id, ctx.session.userId, at, 'hidden', () =>
        media.hideVideo(params.id, at),
      )
    },
    'POST /api/v1/admin/media/videos/:id/show': ({ params }, ctx) => {
      const at = ctx.now.toISOString()
      return audited(params.id, ctx.session.userId, at, 'shown', () =>
        media.showVideo(params.id, at),
      )
    },
  }
}
