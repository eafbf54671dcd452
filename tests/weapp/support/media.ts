// 政务直播 and 视频讲解 as the fake backend answers them: built from the reference server's own
// seed (tutorials, timetable, clips) with the clock at Monday 2026-03-02 09:00 (+08:00).
import {
  liveStatus,
  type Chapter,
  type LiveSession,
  type Video,
} from '../../../src/services/contract'
import {
  chapterStart,
  clipDuration,
  clipFor,
  clipUrl,
  posterUrl,
} from '../../../mock/modules/media/clips'
import {
  LIVE_SCHEDULE,
  replayIdOf,
  replaySeeds,
  scheduleAt,
} from '../../../mock/modules/media/live-schedule'
import { tutorialSeeds, type VideoSeed } from '../../../mock/modules/media/tutorials'
import type { MiniApp } from './mini-app'
import type { OpenPage } from './page'
import type { ApiRequest, RouteTable } from './server'
import { waitFor } from './simulate'

const NOW = new Date('2026-03-02T09:00:00+08:00')

function videoOf(seed: VideoSeed): Video {
  const clip = clipFor(seed.chapters.length)
  const duration = clipDuration(clip)
  const chapters: Chapter[] = seed.chapters.map((c, i) => ({
    index: i + 1,
    title: c.title,
    startSec: chapterStart(clip, i),
    endSec: i + 1 < seed.chapters.length ? chapterStart(clip, i + 1) : duration,
    link: c.link,
  }))
  return {
    id: seed.id,
    kind: seed.kind,
    title: seed.title,
    department: seed.department,
    description: seed.description,
    durationSec: duration,
    chapterCount: chapters.length,
    posterUrl: posterUrl(clip),
    src: clipUrl(clip),
    chapters,
  }
}

const tutorials = tutorialSeeds().map(videoOf)
const videos = [...tutorials, ...replaySeeds().map(videoOf)]

export function mediaRoutes(): RouteTable {
  const subscribed = new Set<string>()
  const sessionOf = (id: string): LiveSession | undefined => {
    const seed = LIVE_SCHEDULE.find((s) => s.id === id)
    if (!seed) return undefined
    const { startsAt, endsAt } = scheduleAt(seed, NOW)
    const status = liveStatus(startsAt.toISOString(), endsAt.toISOString(), NOW)
    const clip = clipFor(seed.replay.length)
    return {
      id,
      title: seed.title,
      topic: seed.topic,
      hostDepartment: seed.hostDepartment,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      status,
      subscribed: subscribed.has(id),
      subscriberCount: subscribed.has(id) ? 1 : 0,
      feed: status === 'live' ? { src: clipUrl(clip), offsetSec: 12, recorded: true } : null,
      replayVideoId: status === 'finished' ? replayIdOf(id) : null,
      posterUrl: posterUrl(clip),
    }
  }
  const all = () => LIVE_SCHEDULE.flatMap((s) => sessionOf(s.id) ?? [])
  const session = (req: ApiRequest) => {
    const found = sessionOf(req.params.id ?? '')
    return found
      ? { status: 200 as const, data: found }
      : { status: 404, error: { code: 'NOT_FOUND', message: '没有找到这场直播' } }
  }
  return {
    'GET /api/v1/media/videos': (req) => {
      const q = req.query.get('q') ?? ''
      const department = req.query.get('department')
      const page = Number(req.query.get('page') ?? 1)
      const pageSize = Number(req.query.get('pageSize') ?? 10)
      const found = tutorials.filter(
        (v) => v.title.includes(q) && (!department || v.department === department),
      )
      return {
        status: 200,
        data: {
          items: found.slice((page - 1) * pageSize, page * pageSize),
          total: found.length,
          page,
          pageSize,
          departments: [...new Set(tutorials.map((v) => v.department))],
        },
      }
    },
    'GET /api/v1/media/videos/:id': (req) => {
      const video = videos.find((v) => v.id === req.params.id)
      return video
        ? { status: 200, data: video }
        : { status: 404, error: { code: 'NOT_FOUND', message: '没有找到这个视频' } }
    },
    'GET /api/v1/media/chapters': (req) => {
      const about = (v: Video) => v.chapters.filter((c) => c.link.id === req.query.get('itemId'))
      // As the server ranks: tutorials before replays, then the video most about the item.
      const ranked = videos
        .filter((v) => about(v).length > 0)
        .sort(
          (a, b) =>
            Number(a.kind === 'replay') - Number(b.kind === 'replay') ||
            about(b).length - about(a).length,
        )
      return {
        status: 200,
        data: {
          items: ranked.flatMap((v) => {
            const [chapter] = about(v)
            return chapter ? [{ videoId: v.id, videoTitle: v.title, chapter }] : []
          }),
        },
      }
    },
    'GET /api/v1/media/live': () => ({
      status: 200,
      data: {
        live: all().filter((s) => s.status === 'live'),
        upcoming: all().filter((s) => s.status === 'upcoming'),
        replays: all().filter((s) => s.status === 'finished'),
      },
    }),
    'GET /api/v1/media/live/:id': session,
    'PUT /api/v1/media/live/:id/subscription': (req) => {
      subscribed.add(req.params.id ?? '')
      return session(req)
    },
    'DELETE /api/v1/media/live/:id/subscription': (req) => {
      subscribed.delete(req.params.id ?? '')
      return session(req)
    },
  }
}

/** wx.createVideoContext: records seek and play. */
export function videoApis(record: (api: string, args: unknown[]) => void) {
  return {
    createVideoContext: (id: string) => {
      record('createVideoContext', [id])
      return {
        seek: (seconds: number) => record('VideoContext.seek', [seconds]),
        play: () => record('VideoContext.play', []),
        pause: () => record('VideoContext.pause', []),
      }
    },
  }
}

interface MediaPageSpec {
  query?: Record<string, string>
  shows: string[]
  interact?: (page: OpenPage, app: MiniApp) => Promise<void>
}

const navigations = (app: MiniApp) =>
  app.wx.callsTo('navigateTo').map(([o]) => (o as { url: string }).url)
const annualReport = '企业年报申报直播：跟着主播半小时填完'

export const mediaSpecs: Record<string, MediaPageSpec> = {
  'packages/media/pages/index/index': {
    shows: [
      '正在播出',
      '● 录播中（事先录制的讲解）',
      '医保直播间：异地就医备案与门诊慢特病',
      '即将开播',
      `开播提醒：${annualReport}`,
      '精彩回放',
      '看回放：企业开办一件事：执照、公章、发票一次领',
      '视频讲解',
      '共 155 个视频',
      '企业年报怎么填？逐项演示年度报告公示',
      '加载更多（已显示 10 / 155）',
    ],
    async interact(page, app) {
      await page.tap(`开播提醒：${annualReport}`)
      await page.waitForText(`✓ 已预约提醒（点此取消）：${annualReport}`, '已有 1 人预约')
      expect(
        app.wx.requests('PUT /api/v1/media/live/live-annual-report/subscription')[0]?.body,
      ).toEqual({
        channel: 'app', // no template id is configured in .env.weapp: reminded in the app
      })
      expect(app.wx.callsTo('requestSubscribeMessage')).toEqual([])
      await page.tap('加载更多（已显示 10 / 155）')
      await page.waitForText('加载更多（已显示 20 / 155）')
      await page.tap('青山区卫生健康委员会')
      await page.waitForText('✓ 青山区卫生健康委员会', '高效办成一件事｜诊所备案一件事')
      const query = app.wx.requests('GET /api/v1/media/videos').at(-1)?.query
      expect(query?.get('department')).toBe('青山区卫生健康委员会')
      expect(query?.get('page')).toBe('1')
      await page.tap('观看录播：医保直播间：异地就医备案与门诊慢特病')
      await waitFor(() =>
        expect(navigations(app).at(-1)).toBe(
          '/packages/media/pages/live/index?id=live-medical-remote',
        ),
      )
    },
  },
  'packages/media/pages/live/index': {
    query: { id: 'live-medical-remote' },
    shows: [
      '● 录播中（事先录制的讲解）',
      '不能现场提问',
      '医保直播间：异地就医备案与门诊慢特病',
      '主讲：青山区医疗保障局',
    ],
    async interact(page) {
      const player = page.root.querySelector('.media-player')
      expect(player).toBeDefined()
      expect(page.text()).not.toContain('开播提醒')
    },
  },
  'packages/media/pages/video/index': {
    query: { id: 'v-bundle-clinic-filing', chapter: '3' },
    shows: [
      '高效办成一件事｜诊所备案一件事',
      '章节（点击跳到该步骤）',
      '0:00',
      '播放中 0:10',
      '第3章 第2件：护士执业注册（变更注册）',
      '办事指南：诊所备案一件事',
      '办事指南：护士执业注册（变更注册）',
    ],
    async interact(page, app) {
      await page.tap('第4章 第3件：诊所备案')
      await page.waitForText('播放中 0:15')
      expect(page.text()).not.toContain('播放中 0:10')
      expect(app.wx.callsTo('createVideoContext')).toEqual([['media-player']])
      expect(app.wx.callsTo('VideoContext.seek')).toEqual([[15]])
      expect(app.wx.callsTo('VideoContext.play')).toEqual([[]])
      await page.tap('办事指南：诊所备案一件事')
      await waitFor(() =>
        expect(navigations(app).at(-1)).toBe(
          '/packages/catalog/pages/bundle/index?id=bundle-clinic-filing',
        ),
      )
      // The guide the chapter explains offers the way back to the video, at its chapter.
      const guide = await app.open('packages/catalog/pages/guide/index', {
        id: 'health-clinic-filing',
      })
      await guide.waitForText('从第1章播放：诊所备案：申请条件和要准备的材料')
      await guide.tap('看视频讲解')
      await waitFor(() =>
        expect(navigations(app).at(-1)).toBe(
          '/packages/media/pages/video/index?id=v-health-clinic-filing&chapter=1',
        ),
      )
      guide.close()
    },
  },
}
