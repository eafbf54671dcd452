import type { FastifyInstance } from 'fastify'
import { sendDueReminders } from '../../../mock/modules/booking/reminders'
import type { ReminderMessage } from '../../../mock/notify/reminders'
import { wechatReminderSender } from '../../../mock/notify/wechat-reminder'
import type { Sql } from '../../../mock/db/engine'
import { createRepos } from '../../../mock/modules/repositories'
import { login, testApp } from '../helpers'
import { booking, call, itemOf } from './support'

let app: FastifyInstance
let sql: Sql
let clock: ReturnType<typeof testApp>['clock']
let token: string
let items: readonly [string, string]

beforeAll(async () => {
  ;({ app, clock, sql } = testApp())
  token = await login(app)
  items = await itemOf(app, token)
})
afterAll(async () => {
  await app.close()
})

const book = (body: object) => call(app, token, 'POST', '/api/v1/appointments', body)

describe('预约提醒 through subscription messages', () => {
  test('sent once per booking that asked, a day ahead; a failed send is tried again', async () => {
    // The clock is Monday 2026-03-02 09:00 (+08:00).
    const at = (slot: string, item: string, reminder: string) =>
      book({ ...booking(item, `2026-03-0${slot}:00+08:00`), reminder })
    const soon = await at('2T14:00', items[0], 'wechat')
    const quiet = await at('2T14:00', items[1], 'none')
    const later = await at('5T10:00', items[0], 'wechat')
    const dropped = await at('5T11:00', items[1], 'wechat')
    expect([soon, quiet, later, dropped].map((r) => r.status)).toEqual([201, 201, 201, 201])

    const repos = createRepos(sql)
    const sent: ReminderMessage[] = []
    let failNext = true
    const send = async (m: ReminderMessage) => {
      if (failNext) {
        failNext = false
        throw new Error('WeChat down')
      }
      sent.push(m)
    }
    expect(await sendDueReminders(repos, send, clock.now())).toBe(0)
    expect(await sendDueReminders(repos, send, clock.now())).toBe(1)
    expect(await sendDueReminders(repos, send, clock.now())).toBe(0)
    expect(sent).toEqual([
      expect.objectContaining({
        appointmentId: soon.data.id,
        when: '2026-03-02 14:00',
        code: soon.data.code,
        pointName: '青山区政务服务中心',
        itemName: soon.data.itemName,
      }),
    ])
    expect(sent[0]?.openid).toMatch(/^dev_/)

    // Once within a day the later one is reminded; a cancelled one never is.
    await call(app, token, 'POST', `/api/v1/appointments/${dropped.data.id}/cancel`)
    clock.advance(2.5 * 86_400_000)
    expect(await sendDueReminders(repos, send, clock.now())).toBe(1)
    expect(sent.map((m) => m.appointmentId)).toEqual([soon.data.id, later.data.id])
  })
})

describe('the WeChat sender', () => {
  const message: ReminderMessage = {
    openid: 'o-user',
    appointmentId: 'a1',
    itemName: '城乡居民基本医疗保险参保登记（含新生儿、学生儿童参保）',
    pointName: '青山区政务服务中心',
    when: '2026-11-27 09:30',
    code: 'K7M2P9QA',
  }

  function fakeWechat(sendAnswers: object[]) {
    const urls: string[] = []
    const bodies: unknown[] = []
    const fetchImpl = (async (input: URL | string, init?: RequestInit) => {
      const url = String(input)
      urls.push(url)
      if (url.includes('/cgi-bin/stable_token'))
        return Response.json({ access_token: `tok-${urls.length}`, expires_in: 7200 })
      bodies.push(JSON.parse(String(init?.body)))
      return Response.json(sendAnswers.shift() ?? { errcode: 0, errmsg: 'ok' })
    }) as typeof fetch
    return { urls, bodies, fetchImpl }
  }

  test('fetches the token once, sends the template fields, cuts long things to 20', async () => {
    const wx = fakeWechat([])
    const send = wechatReminderSender('appid', 'secret', 'tmpl-1', wx.fetchImpl)
    await send(message)
    await send(message)
    expect(wx.urls.filter((u) => u.includes('/cgi-bin/stable_token'))).toHaveLength(1)
    expect(wx.urls[1]).toContain('access_token=tok-1')
    expect(wx.bodies[0]).toEqual({
      touser: 'o-user',
      template_id: 'tmpl-1',
      page: 'packages/booking/pages/detail/index?id=a1',
      lang: 'zh_CN',
      data: {
        thing1: { value: `${message.itemName.slice(0, 19)}…` },
        time2: { value: '2026-11-27 09:30' },
        thing3: { value: '青山区政务服务中心' },
        character_string4: { value: 'K7M2P9QA' },
      },
    })
  })

  test('an error code fails the send; an expired token is fetched anew next time', async () => {
    const wx = fakeWechat([{ errcode: 42001, errmsg: 'access_token expired' }])
    const send = wechatReminderSender('appid', 'secret', 'tmpl-1', wx.fetchImpl)
    await expect(send(message)).rejects.toThrow('42001')
    await send(message)
    expect(wx.urls.filter((u) => u.includes('/cgi-bin/stable_token'))).toHaveLength(2)
  })
})
