import type { FastifyInstance } from 'fastify'
import { authed, json, login, testApp, type ErrorJson } from '../helpers'
import { statementsOf } from '../cases/statements'
import type {
  ItemChapters,
  LiveHome,
  LiveSession,
  Video,
  VideoPage,
} from '../../../src/services/contract'

let app: FastifyInstance
let clock: ReturnType<typeof testApp>['clock']
let token: string

beforeAll(async () => {
  ;({ app, clock } = testApp())
  token = await login(app)
})
afterAll(() => app.close())

const get = (url: string, as = token) => app.inject(authed(as, { method: 'GET', url }))
const data = <T>(response: Awaited<ReturnType<typeof get>>) => json<{ data: T }>(response).data
const error = (response: Awaited<ReturnType<typeof get>>) => json<ErrorJson>(response).error

describe('视频讲解 list', () => {
  test('the 155 tutorials of the article, paged, each with 2–5 chapters', async () => {
    const first = data<VideoPage>(await get('/api/v1/media/videos'))
    expect(first.total).toBe(155)
    expect(first.items).toHaveLength(10)
    expect(first.page).toBe(1)
    const ids = new Set<string>()
    for (let page = 1; page <= 8; page += 1) {
      const answer = data<VideoPage>(await get(`/api/v1/media/videos?page=${page}&pageSize=20`))
      answer.items.forEach((v) => {
        ids.add(v.id)
        expect(v.chapterCount).toBeGreaterThanOrEqual(2)
        expect(v.chapterCount).toBeLessThanOrEqual(5)
      })
    }
    expect(ids.size).toBe(155)
    expect(first.departments).toContain('青山区医疗保障局')
    const beyond = data<VideoPage>(await get('/api/v1/media/videos?page=99&pageSize=20'))
    expect(beyond.items).toEqual([])
    expect(beyond.total).toBe(155)
  })

  test('search by words of a title, a chapter or a guide; filter by department', async () => {
    const found = data<VideoPage>(
      await get(`/api/v1/media/videos?q=${encodeURIComponent('异地就医')}`),
    )
    expect(found.total).toBeGreaterThanOrEqual(3)
    expect(found.items.map((v) => v.title)).toContain('去外地看病前，异地就医备案这样办')
    const dept = '青山区卫生健康委员会'
    const byDept = data<VideoPage>(
      await get(`/api/v1/media/videos?department=${encodeURIComponent(dept)}&pageSize=20`),
    )
    expect(byDept.total).toBeGreaterThan(5)
    expect(byDept.items.every((v) => v.department === dept)).toBe(true)
    const none = data<VideoPage>(
      await get(`/api/v1/media/videos?q=${encodeURIComponent('火星移民')}`),
    )
    expect(none).toMatchObject({ items: [], total: 0 })
  })

  test('hostile and bad query strings get specific messages, LIKE wildcards match literally', async () => {
    const wildcard = data<VideoPage>(await get('/api/v1/media/videos?q=%25'))
    expect(wildcard.total).toBe(0)
    const underscore = data<VideoPage>(await get('/api/v1/media/videos?q=_'))
    expect(underscore.total).toBe(0)
    const quote = await get(`/api/v1/media/videos?q=${encodeURIComponent("' OR 1=1 --")}`)
    expect(quote.statusCode).toBe(200)
    expect(data<VideoPage>(quote).total).toBe(0)
    const cases: [string, string][] = [
      ['pageSize=21', '每页最多20条'],
      ['pageSize=0', '每页至少1条'],
      ['page=0', '页码从1开始'],
      ['page=1.5', '页码必须是整数'],
      ['page=abc', ''],
      [`q=${'办'.repeat(31)}`, '搜索词不能超过30个字'],
      [`department=${encodeURIComponent('火星管理局')}`, '请从列表中选择部门'],
    ]
    for (const [query, message] of cases) {
      const response = await get(`/api/v1/media/videos?${query}`)
      expect(response.statusCode).toBe(400)
      expect(JSON.stringify(error(response))).toContain(message)
    }
  })

  test('without a sign-in nothing is listed', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/media/videos' })
    expect(response.statusCode).toBe(401)
  })
})

describe('a video and its chapters', () => {
  test('chapters tile the clip: first at 0, each ends where the next starts, the last at the end', async () => {
    const page = data<VideoPage>(await get('/api/v1/media/videos?pageSize=20'))
    for (const summary of page.items) {
      const video = data<Video>(await get(`/api/v1/media/videos/${summary.id}`))
      expect(video.src).toMatch(/^\/api\/v1\/media\/files\/steps-\d\.mp4$/)
      expect(video.chapters).toHaveLength(summary.chapterCount)
      expect(video.chapters[0]?.startSec).toBe(0)
      video.chapters.forEach((c, i) => {
        expect(c.index).toBe(i + 1)
        expect(c.endSec).toBeGreaterThan(c.startSec)
        expect(c.endSec).toBe(video.chapters[i + 1]?.startSec ?? video.durationSec)
      })
    }
  })

  test('every chapter links to a guide or 一件事 that exists', async () => {
    const video = data<Video>(await get('/api/v1/media/videos/v-bundle-clinic-filing'))
    expect(video.chapters.map((c) => [c.link.kind, c.link.id])).toEqual([
      ['bundle', 'bundle-clinic-filing'],
      ['item', 'health-doctor-change'],
      ['item', 'health-nurse-change'],
      ['item', 'health-clinic-filing'],
    ])
    for (const chapter of video.chapters) {
      const path = chapter.link.kind === 'item' ? 'items' : 'bundles'
      expect((await get(`/api/v1/catalog/${path}/${chapter.link.id}`)).statusCode).toBe(200)
    }
  })

  test('unknown or hostile ids are 404 with a message', async () => {
    for (const id of ['v-nope', '..%2F..%2Fpackage.json', "v'%20OR%201=1"]) {
      const response = await get(`/api/v1/media/videos/${id}`)
      expect(response.statusCode).toBe(404)
      expect(error(response).message).toBe('没有找到这个视频，可能已下架，请回到视频讲解列表')
    }
  })
})

describe('看视频讲解 of a guide', () => {
  test('the dedicated tutorial first, then other videos that explain the item', async () => {
    const answer = data<ItemChapters>(
      await get('/api/v1/media/chapters?itemId=health-nurse-change'),
    )
    expect(answer.items[0]).toMatchObject({
      videoId: 'v-health-nurse-change',
      chapter: { index: 1, startSec: 0, link: { id: 'health-nurse-change' } },
    })
    const clinic = answer.items.find((i) => i.videoId === 'v-bundle-clinic-filing')
    expect(clinic?.chapter).toMatchObject({ index: 3, startSec: 10, endSec: 15 })
  })

  test('an item no video explains has none; a bad itemId is refused', async () => {
    expect(
      data<ItemChapters>(await get('/api/v1/media/chapters?itemId=lt-app-0001')).items,
    ).toEqual([])
    const blank = await get('/api/v1/media/chapters?itemId=')
    expect(blank.statusCode).toBe(400)
    expect(JSON.stringify(error(blank))).toContain('请指定事项')
    const long = await get(`/api/v1/media/chapters?itemId=${'x'.repeat(65)}`)
    expect(JSON.stringify(error(long))).toContain('事项编号过长')
  })
})

describe('政务直播 by the server clock', () => {
  const home = async (as = token) => data<LiveHome>(await get('/api/v1/media/live', as))

  test('at Monday 09:00 one is on air, four are ahead and five have replays', async () => {
    const now = await home()
    expect(now.live.map((s) => s.id)).toEqual(['live-medical-remote'])
    // The slot plays a stored clip: it says so, so the app never calls it 正在直播.
    expect(now.live[0]?.feed).toEqual({
      src: '/api/v1/media/files/steps-3.mp4',
      offsetSec: 12,
      recorded: true,
    })
    expect(now.upcoming.map((s) => [s.id, s.startsAt])).toEqual([
      ['live-annual-report', '2026-03-03T07:00:00.000Z'],
      ['live-hukou', '2026-03-04T02:00:00.000Z'],
      ['live-telecom', '2026-03-06T07:00:00.000Z'],
      ['live-small-tax', '2026-03-09T02:00:00.000Z'],
    ])
    expect(now.upcoming.every((s) => s.feed === null && s.replayVideoId === null)).toBe(true)
    expect(now.replays.map((s) => s.replayVideoId)).toEqual([
      'v-replay-enterprise-setup',
      'v-replay-retirement',
      'v-replay-clinic',
      'v-replay-mortgaged-transfer',
      'v-replay-unemployment',
    ])
    const replay = data<Video>(await get('/api/v1/media/videos/v-replay-clinic'))
    expect(replay.kind).toBe('replay')
  })

  test('as the clock moves the same session is upcoming, live, then a replay', async () => {
    const one = async () => data<LiveSession>(await get('/api/v1/media/live/live-annual-report'))
    expect((await one()).status).toBe('upcoming')
    clock.advance(30 * 3_600_000) // Tuesday 15:00
    expect(await one()).toMatchObject({
      status: 'live',
      feed: { offsetSec: 0 },
      replayVideoId: null,
    })
    clock.advance(3_600_000) // 16:00: the hour is over
    expect(await one()).toMatchObject({
      status: 'finished',
      feed: null,
      replayVideoId: 'v-replay-annual-report',
    })
    clock.advance(-31 * 3_600_000)
  })

  test('an unknown session is 404', async () => {
    const response = await get('/api/v1/media/live/live-nope')
    expect(response.statusCode).toBe(404)
    expect(error(response).message).toBe('没有找到这场直播，请回到“政务直播”重新选择')
  })
})

describe('开播提醒', () => {
  const subscribe = (id: string, channel: unknown, as = token) =>
    app.inject(
      authed(as, {
        method: 'PUT',
        url: `/api/v1/media/live/${id}/subscription`,
        payload: { channel },
      }),
    )
  const cancel = (id: string, as = token) =>
    app.inject(authed(as, { method: 'DELETE', url: `/api/v1/media/live/${id}/subscription` }))

  test('subscribing twice is one subscription; cancelling twice is fine; per user', async () => {
    const other = await login(app, 'dev:device-2')
    const first = data<LiveSession>(await subscribe('live-hukou', 'app'))
    expect(first).toMatchObject({ subscribed: true, subscriberCount: 1 })
    const again = data<LiveSession>(await subscribe('live-hukou', 'wechat'))
    expect(again).toMatchObject({ subscribed: true, subscriberCount: 1 })
    const theirs = data<LiveSession>(await get('/api/v1/media/live/live-hukou', other))
    expect(theirs).toMatchObject({ subscribed: false, subscriberCount: 1 })
    const home = data<LiveHome>(await get('/api/v1/media/live'))
    expect(home.upcoming.find((s) => s.id === 'live-hukou')?.subscribed).toBe(true)
    expect(data<LiveSession>(await cancel('live-hukou'))).toMatchObject({
      subscribed: false,
      subscriberCount: 0,
    })
    expect((await cancel('live-hukou')).statusCode).toBe(200)
  })

  test('政务直播 counts every session’s subscribers and marks the caller’s own, in one statement', async () => {
    const [second, third] = [
      await login(app, 'dev:live-count-2'),
      await login(app, 'dev:live-count-3'),
    ]
    for (const as of [token, second, third]) {
      expect((await subscribe('live-hukou', 'app', as)).statusCode).toBe(200)
    }
    const upcoming = data<LiveHome>(await get('/api/v1/media/live')).upcoming
    const other = upcoming.find((s) => s.id !== 'live-hukou')
    expect((await subscribe(other?.id ?? '', 'wechat', second)).statusCode).toBe(200)
    let home: LiveHome | undefined
    const ran = await statementsOf(async () => {
      home = data<LiveHome>(await get('/api/v1/media/live', third))
    })
    const counted = (id: string) => home?.upcoming.find((s) => s.id === id)
    expect(counted('live-hukou')).toMatchObject({ subscribed: true, subscriberCount: 3 })
    expect(counted(other?.id ?? '')).toMatchObject({ subscribed: false, subscriberCount: 1 })
    const all = [...(home?.live ?? []), ...(home?.upcoming ?? []), ...(home?.replays ?? [])]
    expect(
      all
        .filter((s) => s.subscriberCount > 0)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['live-hukou', other?.id ?? ''].sort())
    // Each session as its own page counts it.
    for (const session of all) {
      expect(data<LiveSession>(await get(`/api/v1/media/live/${session.id}`, third))).toEqual(
        session,
      )
    }
    // The session, then the sessions with their counts.
    if (ran !== null) expect(ran).toBe(2)
    for (const as of [token, second, third]) await cancel('live-hukou', as)
    await cancel(other?.id ?? '', second)
  })

  test('a finished session is refused in words; a live one needs no reminder', async () => {
    const finished = await subscribe('live-clinic', 'app')
    expect(finished.statusCode).toBe(409)
    expect(error(finished)).toEqual({
      code: 'LIVE_FINISHED',
      message: '这场直播已经结束，不能再预约开播提醒；可以在“精彩回放”里观看',
    })
    const onAir = await subscribe('live-medical-remote', 'app')
    expect(onAir.statusCode).toBe(409)
    expect(error(onAir).message).toBe('这场直播正在进行，不用预约，直接进入直播间观看')
    expect(data<LiveSession>(await get('/api/v1/media/live/live-clinic')).subscriberCount).toBe(0)
  })

  test('bad channels and unknown sessions are refused', async () => {
    for (const channel of ['sms', '', 42, null]) {
      const response = await subscribe('live-hukou', channel)
      expect(response.statusCode).toBe(400)
    }
    expect(JSON.stringify(error(await subscribe('live-hukou', 'sms')))).toContain(
      '提醒方式只能是 app 或 wechat',
    )
    expect((await subscribe('live-nope', 'app')).statusCode).toBe(404)
    expect((await cancel('live-nope')).statusCode).toBe(404)
    const anonymous = await app.inject({
      method: 'PUT',
      url: '/api/v1/media/live/live-hukou/subscription',
      payload: { channel: 'app' },
    })
    expect(anonymous.statusCode).toBe(401)
  })
})
