// 管理后台 · 直播排期: moving or cancelling a session tells each resident with a 开播提醒 once;
// times in the past, overlaps and sessions already on air are refused; every change audited;
// the seed's re-laying of the timetable leaves the console's sessions alone.
import type {
  AdminLiveList,
  AdminLiveSession,
  LiveSession,
  MessagePage,
} from '../../../src/services/contract'
import { seedLiveSchedule } from '../../../mock/modules/media/seed'
import { login, testApp } from '../helpers'
import { caller } from './content-support'
import { CHROME_LINUX } from './support'

const { app, sql } = testApp()
let admin = ''
let resident = ''
const { get, post, audit } = caller(app, () => admin)
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  resident = await login(app, 'dev:media-live-resident')
})
afterAll(() => app.close())

const slot = (day: string, from: string, to: string) => ({
  startsAt: `2026-03-${day}T${from}:00+08:00`,
  endsAt: `2026-03-${day}T${to}:00+08:00`,
})
const HUKOU = {
  title: '户口迁移怎么办？',
  topic: '户籍业务：迁入、迁出、一站式迁移',
  hostDepartment: '包头市公安局青山区分局',
}
const liveChanges = async () =>
  (await get<MessagePage>('/api/v1/messages', resident)).data.items.filter(
    (m) => m.kind === 'live_changed',
  )
const residentSession = (id: string) => get<LiveSession>(`/api/v1/media/live/${id}`, resident)

test('moving a session tells its subscribers once per new time; a retitle tells no one', async () => {
  const subscribed = await app.inject({
    method: 'PUT',
    url: '/api/v1/media/live/live-hukou/subscription',
    headers: { authorization: `Bearer ${resident}`, 'user-agent': CHROME_LINUX },
    payload: { channel: 'app' },
  })
  expect(subscribed.statusCode).toBe(200)

  const moved = await post<AdminLiveSession>('/api/v1/admin/media/live/live-hukou', {
    ...HUKOU,
    ...slot('05', '10:00', '11:00'),
  })
  expect(moved.status).toBe(200)
  expect(moved.data).toMatchObject({ status: 'upcoming', subscriberCount: 1 })
  expect((await residentSession('live-hukou')).data.startsAt).toBe('2026-03-05T02:00:00.000Z')
  const [message] = await liveChanges()
  expect(message).toMatchObject({
    title: expect.stringContaining('直播改期'),
    body: expect.stringMatching(/由3月4日 周三 10:00改为3月5日 周四 10:00开始/),
    route: '/packages/media/pages/live/index?id=live-hukou',
  })

  await post('/api/v1/admin/media/live/live-hukou', {
    ...HUKOU,
    title: '户口迁移一次办',
    ...slot('05', '10:00', '11:00'),
  })
  expect((await residentSession('live-hukou')).data.title).toBe('户口迁移一次办')
  expect(await liveChanges()).toHaveLength(1)

  const [edited] = await audit('live')
  expect(edited).toMatchObject({
    action: 'live.edited',
    before: { title: HUKOU.title, startsAt: '2026-03-05T02:00:00.000Z' },
    after: { title: '户口迁移一次办' },
  })
})

test.each<[string, Record<string, unknown>, number, string]>([
  [
    'a start in the past',
    slot('01', '10:00', '11:00'),
    400,
    '开始时间已经过去，请选择现在以后的时间',
  ],
  ['an end before the start', slot('05', '11:00', '10:00'), 400, '结束时间应晚于开始时间'],
  ['a five-hour slot', slot('05', '10:00', '15:00'), 400, '一场直播不超过4小时，请缩短或分成两场'],
  [
    'words for a time',
    { startsAt: '明天上午十点', endsAt: '2026-03-05T11:00:00+08:00' },
    400,
    '开始时间格式不正确，请重新选择',
  ],
  [
    'a time in year 9999',
    {
      startsAt: '9999-03-05T10:00:00+08:00',
      endsAt: '9999-03-05T11:00:00+08:00',
    },
    400,
    '开始时间格式不正确，请重新选择',
  ],
  ['a blank title', { ...slot('05', '10:00', '11:00'), title: ' ' }, 400, '请填写直播标题'],
])('%s is refused', async (_, bad, status, message) => {
  const before = (await audit('live')).length
  const answer = await post('/api/v1/admin/media/live/live-hukou', {
    ...HUKOU,
    ...slot('05', '10:00', '11:00'),
    ...bad,
  })
  expect(answer.status).toBe(status)
  const said = [answer.error?.message, ...Object.values(answer.error?.fields ?? {})]
  expect(said).toContain(message)
  expect(await audit('live')).toHaveLength(before)
})

test('an overlapping slot is refused by name; a session on air or over cannot be edited', async () => {
  const overlap = await post('/api/v1/admin/media/live/live-hukou', {
    ...HUKOU,
    ...slot('03', '15:30', '16:30'),
  })
  expect(overlap.status).toBe(409)
  expect(overlap.error?.code).toBe('LIVE_OVERLAP')
  expect(overlap.error?.message).toMatch(/^与“.+”（3月3日 周二 15:00开始）时间重叠/)
  for (const id of ['live-medical-remote', 'live-enterprise-setup']) {
    const answer = await post(`/api/v1/admin/media/live/${id}`, {
      ...HUKOU,
      ...slot('20', '10:00', '11:00'),
    })
    expect(answer.error?.code).toBe('LIVE_NOT_EDITABLE')
  }
})

test('cancelling tells subscribers once and takes it off the app; a new session appears at once', async () => {
  const cancelled = await post<AdminLiveSession>('/api/v1/admin/media/live/live-hukou/cancel')
  expect(cancelled.data.status).toBe('cancelled')
  expect((await post('/api/v1/admin/media/live/live-hukou/cancel')).error?.code).toBe(
    'LIVE_NOT_EDITABLE',
  )
  const messages = await liveChanges()
  expect(messages).toHaveLength(2)
  // Both at the same (test) moment: found by what they say, not by their order.
  expect(messages).toContainEqual(
    expect.objectContaining({
      title: expect.stringContaining('直播取消'),
      route: '/packages/media/pages/index/index',
    }),
  )
  expect((await residentSession('live-hukou')).status).toBe(404)
  const timetable = await get<{ upcoming: LiveSession[] }>('/api/v1/media/live', resident)
  expect(timetable.data.upcoming.map((s) => s.id)).not.toContain('live-hukou')

  // Its old slot is free again.
  const created = await post<AdminLiveSession>('/api/v1/admin/media/live', {
    title: '新就业形态劳动者权益保障',
    topic: '外卖骑手、网约车司机的社保和工伤',
    hostDepartment: '青山区人力资源和社会保障局',
    ...slot('04', '10:00', '11:00'),
  })
  expect(created.status).toBe(201)
  const upcoming = (await get<{ upcoming: LiveSession[] }>('/api/v1/media/live', resident)).data
    .upcoming
  expect(upcoming.find((s) => s.id === created.data.id)?.title).toBe('新就业形态劳动者权益保障')
  expect((await audit('live')).slice(0, 2).map((r) => r.action)).toEqual([
    'live.scheduled',
    'live.cancelled',
  ])
})

test('re-laying the timetable leaves every session the console touched as it left it', async () => {
  const before = (await get<AdminLiveList>('/api/v1/admin/media/live')).data.items
  expect(await seedLiveSchedule(sql, new Date('2026-03-20T09:00:00+08:00'))).toBe(true)
  const after = (await get<AdminLiveList>('/api/v1/admin/media/live')).data.items
  const touched = (items: AdminLiveSession[]) =>
    items
      .filter((s) => s.editedAt !== null)
      .map(({ id, title, startsAt, endsAt }) => ({ id, title, startsAt, endsAt }))
  expect(touched(after)).toEqual(touched(before))
  expect(touched(after)).toHaveLength(2)
  expect(after.find((s) => s.id === 'live-hukou')?.status).toBe('cancelled')
})

test('sessions scheduled at once for one slot: one is kept, the rest told of the overlap', async () => {
  const answers = await Promise.all(
    Array.from({ length: 5 }, (_, i) =>
      post('/api/v1/admin/media/live', {
        title: `同时排期${i}`,
        topic: '并发排期',
        hostDepartment: '青山区政务服务中心',
        ...slot('10', '19:00', '20:00'),
      }),
    ),
  )
  expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
  expect(answers.filter((a) => a.error?.code === 'LIVE_OVERLAP')).toHaveLength(4)
})
