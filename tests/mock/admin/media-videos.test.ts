// 管理后台 · 视频讲解: titles, 主题 and chapters change what the mini program plays at once;
// chapters outside the video or out of order are refused; a video taken off is gone everywhere.
import type { AdminVideo, AdminVideoPage, Video, VideoEdit } from '../../../src/services/contract'
import { login, testApp } from '../helpers'
import { caller } from './content-support'

const { app } = testApp()
let admin = ''
let resident = ''
let video: AdminVideo
const { get, post, audit } = caller(app, () => admin)
beforeAll(async () => {
  await app.ready()
  admin = await login(app, 'dev:admin-1')
  resident = await login(app, 'dev:media-videos-resident')
  const page = await get<AdminVideoPage>(
    `/api/v1/admin/media/videos?q=${encodeURIComponent('企业开办')}`,
  )
  const found = page.data.items.find((v) => v.kind === 'tutorial' && v.chapters.length >= 3)
  if (!found) throw new Error('no tutorial about 企业开办 with 3 chapters')
  video = found
})
afterAll(() => app.close())

const editOf = (v: AdminVideo): VideoEdit => ({
  title: v.title,
  department: v.department,
  description: v.description,
  chapters: v.chapters.map((c) => ({ title: c.title, startSec: c.startSec })),
})
const played = (id: string) => get<Video>(`/api/v1/media/videos/${id}`, resident)

test('a new title, 主题 and chapter times are what the app plays at once; audited', async () => {
  const edit = editOf(video)
  edit.title = '企业开办一网通办（后台修订）'
  edit.department = '青山区政务服务中心'
  const [first, second] = edit.chapters
  if (!first || !second) throw new Error('chapters missing')
  second.title = '网上申请：填写信息、上传材料'
  second.startSec = first.startSec + 3
  const saved = await post<AdminVideo>(`/api/v1/admin/media/videos/${video.id}`, edit)
  expect(saved.status).toBe(200)

  const seen = await played(video.id)
  expect(seen.data).toMatchObject({ title: edit.title, department: '青山区政务服务中心' })
  expect(seen.data.chapters[1]).toMatchObject({ title: second.title, startSec: second.startSec })
  expect(seen.data.chapters[0]?.endSec).toBe(second.startSec)
  const departments = await get<{ departments: string[] }>('/api/v1/media/videos', resident)
  expect(departments.data.departments).toContain('青山区政务服务中心')

  const [row] = await audit('video')
  expect(row).toMatchObject({
    action: 'video.edited',
    target: { kind: 'video', id: video.id },
    before: { title: video.title },
    after: { title: edit.title },
  })
})

test.each<[string, (e: VideoEdit, length: number) => void, string]>([
  [
    'a chapter past the end',
    (e, length) => {
      e.chapters[1]!.startSec = length
    },
    '第2章的开始时间超出视频长度',
  ],
  [
    'chapters out of order',
    (e) => {
      e.chapters[2]!.startSec = e.chapters[1]!.startSec
    },
    '第3章应晚于第2章开始',
  ],
  [
    'a first chapter after 0',
    (e) => {
      e.chapters[0]!.startSec = 1
    },
    '第1章应从0秒开始',
  ],
  [
    'a chapter dropped',
    (e) => {
      e.chapters.pop()
    },
    '请逐一修改，不能增删',
  ],
  [
    'a negative start',
    (e) => {
      e.chapters[1]!.startSec = -5
    },
    '章节开始时间不能为负数',
  ],
  [
    'a blank title',
    (e) => {
      e.title = '\u3164'
    },
    '请填写视频标题',
  ],
])('%s is refused and nothing changes', async (_, spoil, message) => {
  const before = (await audit('video')).length
  const edit = editOf(video)
  spoil(edit, video.durationSec)
  const answer = await post(`/api/v1/admin/media/videos/${video.id}`, edit)
  expect(answer.status).toBe(400)
  const said = Object.values(answer.error?.fields ?? {}).join('|')
  expect(said).toContain(message)
  expect(await audit('video')).toHaveLength(before)
})

test('a video taken off is gone from the list, its page and the guide’s chapters; put back, it returns', async () => {
  const itemId = video.chapters[0]?.link.id ?? ''
  const explaining = async () =>
    (
      await get<{ items: { videoId: string }[] }>(
        `/api/v1/media/chapters?itemId=${itemId}`,
        resident,
      )
    ).data.items.map((c) => c.videoId)
  expect(await explaining()).toContain(video.id)

  expect((await post<AdminVideo>(`/api/v1/admin/media/videos/${video.id}/hide`)).data.hidden).toBe(
    true,
  )
  expect((await played(video.id)).status).toBe(404)
  expect(await explaining()).not.toContain(video.id)
  const listed = await get<{ items: { id: string }[] }>(
    `/api/v1/media/videos?q=${encodeURIComponent('后台修订')}`,
    resident,
  )
  expect(listed.data.items).toEqual([])

  await post(`/api/v1/admin/media/videos/${video.id}/show`)
  expect((await played(video.id)).status).toBe(200)
  expect((await audit('video')).slice(0, 2).map((r) => r.action)).toEqual([
    'video.shown',
    'video.hidden',
  ])
})
