import { authed, json, login, testApp, type ErrorJson } from '../helpers'
import type { Consultation, ConsultationList, Lawyer } from '../../../src/services/contract'

const { app, clock } = testApp()
let alice: string
let bob: string
let lawyer1: string
let lawyer2: string
beforeAll(async () => {
  alice = await login(app, 'dev:alice')
  bob = await login(app, 'dev:bob')
  lawyer1 = await login(app, 'dev:lawyer-1')
  lawyer2 = await login(app, 'dev:lawyer-2')
})
afterAll(() => app.close())

const QUESTION = '我在工地干了三个月，包工头拖欠工资两万元不给，现在人找不到了，怎么办？'
let keyCounter = 0
const ask = (token: string, payload: object, key = `ask-key-${++keyCounter}`) =>
  app.inject(
    authed(token, {
      method: 'POST',
      url: '/api/v1/legal/consultations',
      payload,
      headers: { 'idempotency-key': key },
    }),
  )
const reply = (token: string, id: string, body: string, key = `reply-key-${++keyCounter}`) =>
  app.inject(
    authed(token, {
      method: 'POST',
      url: `/api/v1/legal/consultations/${id}/messages`,
      payload: { body },
      headers: { 'idempotency-key': key },
    }),
  )
const get = (token: string, url: string) => app.inject(authed(token, { method: 'GET', url }))

test('seeded lawyers are listed with firm and specialty', async () => {
  const { items } = json<{ data: { items: Lawyer[] } }>(
    await get(alice, '/api/v1/legal/lawyers'),
  ).data
  expect(items.map((l) => l.id)).toEqual(['lawyer-1', 'lawyer-2', 'lawyer-3'])
  expect(items[0]).toMatchObject({ name: '王建华', specialtyText: '劳务争议/欠薪、合同纠纷' })
})

test('a round trip: ask, the lawyer sees and answers, the asker is told and reads it', async () => {
  const created = await ask(alice, { lawyerId: 'lawyer-1', topic: 'labor', question: QUESTION })
  expect(created.statusCode).toBe(201)
  const thread = json<{ data: Consultation }>(created).data
  expect(thread).toMatchObject({ status: 'waiting', viewer: 'user', lawyerName: '王建华律师' })
  expect(thread.title).toBe('我在工地干了三个月，包工头拖欠工资两万元不给，现…')

  const desk = json<{ data: ConsultationList }>(
    await get(lawyer1, '/api/v1/legal/lawyer/consultations'),
  ).data
  expect(desk.items.map((i) => i.id)).toContain(thread.id)
  expect(desk.unreadCount).toBeGreaterThanOrEqual(1)

  clock.advance(60_000)
  const answered = await reply(
    lawyer1,
    thread.id,
    '请先保留考勤和转账记录，可向施工总承包单位主张。',
  )
  expect(answered.statusCode).toBe(201)
  expect(json<{ data: Consultation }>(answered).data).toMatchObject({
    status: 'answered',
    viewer: 'lawyer',
  })

  const mine = json<{ data: ConsultationList }>(
    await get(alice, '/api/v1/legal/consultations'),
  ).data
  expect(mine.unreadCount).toBe(1)
  expect(mine.items[0]).toMatchObject({ id: thread.id, status: 'answered', unread: true })

  const opened = json<{ data: Consultation }>(
    await get(alice, `/api/v1/legal/consultations/${thread.id}`),
  ).data
  expect(opened.askerName).toMatch(/^青山用户\d{4}$/)
  expect(opened.messages.map((m) => [m.author, m.authorName])).toEqual([
    ['user', opened.askerName],
    ['lawyer', '王建华律师'],
  ])
  const after = json<{ data: ConsultationList }>(await get(alice, '/api/v1/legal/consultations'))
  expect(after.data.unreadCount).toBe(0)

  // A follow-up puts it back in the lawyer's queue as unread.
  await reply(alice, thread.id, '谢谢律师，总承包单位是哪一家怎么查？')
  const again = json<{ data: ConsultationList }>(
    await get(lawyer1, '/api/v1/legal/lawyer/consultations'),
  ).data
  expect(again.items.find((i) => i.id === thread.id)).toMatchObject({
    status: 'waiting',
    unread: true,
  })
})

test('nobody else reads or writes a thread: other users and other lawyers get 404', async () => {
  const thread = json<{ data: Consultation }>(
    await ask(alice, { lawyerId: 'lawyer-1', topic: 'labor', question: QUESTION }),
  ).data
  for (const token of [bob, lawyer2]) {
    const read = await get(token, `/api/v1/legal/consultations/${thread.id}`)
    expect(read.statusCode).toBe(404)
    expect(json<ErrorJson>(read).error.message).toContain('没有找到这条咨询')
    expect((await reply(token, thread.id, '我来插一句话')).statusCode).toBe(404)
  }
  const bobs = json<{ data: ConsultationList }>(await get(bob, '/api/v1/legal/consultations')).data
  expect(bobs.items).toEqual([])
  const desk2 = json<{ data: ConsultationList }>(
    await get(lawyer2, '/api/v1/legal/lawyer/consultations'),
  ).data
  expect(desk2.items.map((i) => i.id)).not.toContain(thread.id)
})

test('the lawyer desk is for lawyers only', async () => {
  const res = await get(bob, '/api/v1/legal/lawyer/consultations')
  expect(res.statusCode).toBe(403)
  expect(json<ErrorJson>(res).error.message).toBe('仅限入驻律师使用，请使用律师账号登录')
})

test('parallel retries with one Idempotency-Key create one consultation', async () => {
  const before = json<{ data: ConsultationList }>(await get(bob, '/api/v1/legal/consultations'))
  const payload = {
    lawyerId: 'lawyer-3',
    topic: 'traffic',
    question: '被电动车撞了，对方没有保险，医药费谁出？',
  }
  const answers = await Promise.all(
    Array.from({ length: 5 }, () => ask(bob, payload, 'same-key-123')),
  )
  expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201])
  expect(new Set(answers.map((a) => json<{ data: Consultation }>(a).data.id)).size).toBe(1)
  const after = json<{ data: ConsultationList }>(await get(bob, '/api/v1/legal/consultations'))
  expect(after.data.items.length).toBe(before.data.items.length + 1)
})

test('bad and hostile input is refused with the reason', async () => {
  const short = await ask(bob, { lawyerId: 'lawyer-1', topic: 'labor', question: '欠薪' })
  expect(json<ErrorJson>(short).error.fields?.question).toContain('至少10个字')
  const nobody = await ask(bob, { lawyerId: 'lawyer-99', topic: 'labor', question: QUESTION })
  expect(nobody.statusCode).toBe(400)
  expect(json<ErrorJson>(nobody).error.fields?.lawyerId).toBe('没有这位律师，请重新选择')
  const noKey = await app.inject(
    authed(bob, {
      method: 'POST',
      url: '/api/v1/legal/consultations',
      payload: { lawyerId: 'lawyer-1', topic: 'labor', question: QUESTION },
    }),
  )
  expect(noKey.statusCode).toBe(400)
  const blank = await reply(bob, 'whatever', '   ')
  expect(json<ErrorJson>(blank).error.fields?.body).toBe('请填写回复内容')
  const self = await ask(lawyer1, { lawyerId: 'lawyer-1', topic: 'labor', question: QUESTION })
  expect(self.statusCode).toBe(409)
})

test('at most three questions wait for a first answer at once', async () => {
  const carol = await login(app, 'dev:carol')
  for (let i = 0; i < 3; i++) {
    expect(
      (await ask(carol, { lawyerId: 'lawyer-2', topic: 'family', question: `${QUESTION}${i}` }))
        .statusCode,
    ).toBe(201)
  }
  const fourth = await ask(carol, { lawyerId: 'lawyer-2', topic: 'family', question: QUESTION })
  expect(fourth.statusCode).toBe(409)
  expect(json<ErrorJson>(fourth).error.code).toBe('TOO_MANY_WAITING')
})
