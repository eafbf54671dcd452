import Fastify, { type FastifyInstance } from 'fastify'
import type { Bundle, Guide, GuideReply, GuideSentence } from '../../../src/services/contract'
import { authed, json, login, PEOPLE, testApp, verifyAs, type ErrorJson } from '../helpers'

let app: FastifyInstance
let token: string

beforeAll(async () => {
  app = testApp().app
  token = await login(app)
})
afterAll(() => app.close())

async function ask(payload: Record<string, unknown>, as = token) {
  const res = await app.inject(authed(as, { method: 'POST', url: '/api/v1/guide/ask', payload }))
  return { status: res.statusCode, reply: json<{ data: GuideReply }>(res).data, res }
}

async function plan(payload: Record<string, unknown>, as = token) {
  const { status, reply } = await ask(payload, as)
  expect(status).toBe(200)
  if (reply.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(reply)}`)
  return reply.plan
}

const guides = new Map<string, Guide>()
async function guide(id: string): Promise<Guide> {
  const known = guides.get(id)
  if (known) return known
  const res = await app.inject(authed(token, { method: 'GET', url: `/api/v1/catalog/items/${id}` }))
  expect(res.statusCode).toBe(200)
  const body = json<{ data: Guide }>(res).data
  guides.set(id, body)
  return body
}

/** Every sentence cites an existing item or bundle, and the cited field holds what it states. */
async function expectTraceable(sentences: readonly GuideSentence[]) {
  expect(sentences.length).toBeGreaterThan(0)
  for (const sentence of sentences) {
    expect(sentence.sources.length).toBeGreaterThan(0)
    for (const source of sentence.sources) {
      if (source.kind === 'bundle') {
        const res = await app.inject(
          authed(token, { method: 'GET', url: `/api/v1/catalog/bundles/${source.id}` }),
        )
        expect(res.statusCode).toBe(200)
        const bundle = json<{ data: Bundle }>(res).data
        expect(bundle.name).toBe(source.name)
        if (source.field === 'description') expect(sentence.text).toBe(bundle.description)
        if (source.field === 'promisedDays')
          expect(sentence.text).toContain(
            bundle.promisedDays === 0 ? '即办' : `${bundle.promisedDays}个工作日`,
          )
        continue
      }
      const g = await guide(source.id)
      expect(g.item.name).toBe(source.name)
      if (source.field === 'materials' && !sentence.generated)
        expect(g.materials.some((m) => sentence.text.startsWith(m.name))).toBe(true)
      if (source.field === 'places' && !sentence.generated)
        expect(
          g.places.some((p) => sentence.text.includes(p.name) && sentence.text.includes(p.window)),
        ).toBe(true)
      if (source.field === 'promisedDays' && !sentence.generated)
        expect(sentence.text).toContain(
          g.item.promisedDays === 0 ? '即办' : `${g.item.promisedDays}个工作日`,
        )
    }
  }
}

describe('intents: question, then plan', () => {
  test('我要开饭店 asks 个体工商户 or 公司, each answer giving its own plan', async () => {
    const first = await ask({ text: '我要开饭店' })
    expect(first.status).toBe(200)
    expect(first.reply).toMatchObject({
      kind: 'question',
      intent: '开饭店',
      question: { id: 'restaurant-form', text: '您是以个体工商户还是公司开办？' },
    })
    const individual = await plan({
      text: '我要开饭店',
      answers: [{ question: 'restaurant-form', choice: 'individual' }],
    })
    expect(individual.steps.map((s) => s.itemId)).toEqual([
      'market-individual-setup',
      'market-food-permit-new',
      'tax-new-taxpayer',
    ])
    expect(individual.apply).toMatchObject({ kind: 'item', id: 'market-individual-setup' })
    await expectTraceable(individual.sentences)

    const company = await plan({
      text: '我要开饭店',
      answers: [{ question: 'restaurant-form', choice: 'company' }],
    })
    expect(company.apply).toMatchObject({ kind: 'bundle', id: 'bundle-enterprise-setup' })
    expect(company.steps.map((s) => s.itemId)).toContain('market-food-permit-new')
    // Materials merged: 居民身份证 asked once however many items need it.
    const ids = company.materials.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(company.point).not.toBeNull()
    await expectTraceable(company.sentences)
  })

  test.each([
    ['开诊所', 'bundle-clinic-filing'],
    ['生孩子要办什么', 'bundle-newborn'],
    ['补办社保卡', 'hrss-social-card-loss'],
    ['身份证丢了怎么办', 'police-id-card'],
  ])('“%s” goes straight to a plan for %s', async (text, id) => {
    const p = await plan({ text })
    expect(p.apply.id).toBe(id)
    await expectTraceable(p.sentences)
  })

  test('the nearest handling point is measured from the location given', async () => {
    const fromCentre = await plan({ text: '补办社保卡' })
    expect(fromCentre.point?.fromCentre).toBe(true)
    const g = await guide('hrss-social-card-loss')
    const res = await app.inject(authed(token, { method: 'GET', url: '/api/v1/service-points' }))
    const points = json<{ data: { items: { id: string; latitude: number; longitude: number }[] } }>(
      res,
    ).data.items
    const far = points.find((p) => p.id === g.places.at(-1)?.pointId)
    if (!far) throw new Error('no point handles the item')
    const near = await plan({
      text: '补办社保卡',
      latitude: far.latitude,
      longitude: far.longitude,
    })
    expect(near.point).toMatchObject({ id: far.id, fromCentre: false, distanceMeters: 0 })
  })

  test('signed in and proven, the 居民身份证 is marked as covered by 电子证照', async () => {
    const before = await plan({ text: '补办社保卡' })
    expect(before.materials.find((m) => m.id === 'idCard')?.ecert).toBe('accepted')
    const proven = await login(app, 'dev:guide-proven')
    await verifyAs(app, proven, PEOPLE.zhou)
    const after = await plan({ text: '补办社保卡' }, proven)
    expect(after.materials.find((m) => m.id === 'idCard')?.ecert).toBe('covered')
    expect(after.sentences.some((s) => s.text.includes('您的电子证照里已有'))).toBe(true)
  })

  test('a choice that no longer exists answers GUIDE_ANSWER_STALE', async () => {
    const { status, res } = await ask({
      text: '我要开饭店',
      answers: [{ question: 'restaurant-form', choice: 'franchise' }],
    })
    expect(status).toBe(409)
    expect(json<ErrorJson>(res).error.code).toBe('GUIDE_ANSWER_STALE')
  })
})

describe('search and no answer', () => {
  test('an item name found by search alone becomes a question of the items found, then a plan', async () => {
    const first = await ask({ text: '我想办理护士执业注册' })
    expect(first.reply.intent).toBeNull()
    const choices = first.reply.kind === 'question' ? first.reply.question.choices : []
    expect(choices.map((c) => c.id)).toContain('health-nurse-first')
    const p = await plan({
      text: '我想办理护士执业注册',
      answers: [{ question: 'pick-item', choice: 'health-nurse-first' }],
    })
    expect(p.steps).toHaveLength(1)
    await expectTraceable(p.sentences)
  })

  test('a life event no rule names is planned as its 一件事, found by search', async () => {
    const first = await ask({ text: '带押过户怎么弄' })
    expect(first.reply.intent).toBeNull()
    const p = await plan({ text: '带押过户怎么弄' })
    expect(p.apply).toMatchObject({ kind: 'bundle', name: expect.stringContaining('带押过户') })
    expect(p.steps.length).toBeGreaterThan(1)
    await expectTraceable(p.sentences)
  })

  test('nothing fits: says so, with 12345 and the 帮办代办 window, and no plan', async () => {
    const { status, reply } = await ask({ text: '帮我订一张去北京的机票' })
    expect(status).toBe(200)
    expect(reply).toMatchObject({ kind: 'none', hotline: '12345', intent: null })
    if (reply.kind !== 'none') return
    expect(reply.helpDesk?.name).toBeTruthy()
    expect(reply.message).toContain('12345')
  })
})

describe('hostile input answers a specific 400', () => {
  test.each([
    ['empty', '   ', '请说说您要办什么'],
    ['2,000 characters', '饭'.repeat(2000), '不超过100个字'],
    ['only emoji', '🍜🍜🏠', '没有看懂表情符号'],
    ['HTML', '<img src=x onerror=alert(1)>开饭店', '不要粘贴网页代码'],
  ])('%s', async (_name, text, message) => {
    const { status, res } = await ask({ text })
    expect(status).toBe(400)
    const { error } = json<ErrorJson>(res)
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.fields?.text).toContain(message)
  })

  test('too many answers and a non-number location are refused too', async () => {
    const answers = Array.from({ length: 4 }, (_, i) => ({ question: `q${i}`, choice: 'a' }))
    expect((await ask({ text: '开饭店', answers })).status).toBe(400)
    expect((await ask({ text: '开饭店', latitude: 'north' })).status).toBe(400)
  })
})

describe('the optional large model', () => {
  let fake: FastifyInstance
  const seen: { system: string; user: string }[] = []
  let reply: (system: string) => string | null = () => null

  beforeAll(async () => {
    // The app’s fetch keeps its connection alive: close it with the server.
    fake = Fastify({ forceCloseConnections: true })
    fake.post('/v1/chat/completions', async (request, response) => {
      const { messages } = request.body as { messages: { content: string }[] }
      const system = messages[0]?.content ?? ''
      seen.push({ system, user: messages[1]?.content ?? '' })
      const content = reply(system)
      if (content === null) return response.code(500).send({ error: 'down' })
      if (content === 'SLOW') await new Promise((resolve) => setTimeout(resolve, 1500))
      return { choices: [{ message: { role: 'assistant', content } }] }
    })
    const address = await fake.listen({ port: 0, host: '127.0.0.1' })
    process.env.LLM_BASE_URL = `${address}/v1`
  })
  afterAll(async () => {
    delete process.env.LLM_BASE_URL
    delete process.env.LLM_TIMEOUT_MS
    await fake.close()
  })

  test('it rewrites an unknown request into catalog terms and phrases a labelled summary', async () => {
    reply = (system) =>
      system.includes('检索') ? '社会保障卡挂失' : '补办社保卡到政务服务中心办理即可。'
    const { reply: first } = await ask({ text: '那玩意儿找不着了咋弄' })
    expect(first.rewrittenBy).toEqual({ text: '社会保障卡挂失', generated: true })
    const p = await plan({ text: '补办社保卡' })
    const [summary, ...rest] = p.sentences
    expect(summary).toMatchObject({ section: 'summary', generated: true })
    expect(summary?.sources.length).toBeGreaterThan(0)
    expect(rest.every((s) => !s.generated)).toBe(true)
    await expectTraceable(p.sentences)
  })

  test('a summary with a number the guides do not state is dropped', async () => {
    reply = () => '只要3天，跑99次就能办好。'
    const p = await plan({ text: '补办社保卡' })
    expect(p.sentences.some((s) => s.generated)).toBe(false)
  })

  test('when the model fails or is too slow, everything works offline', async () => {
    reply = () => null
    const failed = await plan({ text: '补办社保卡' })
    expect(failed.sentences.some((s) => s.generated)).toBe(false)
    expect((await ask({ text: '那玩意儿找不着了咋弄' })).reply.kind).toBe('none')

    reply = () => 'SLOW'
    process.env.LLM_TIMEOUT_MS = '200'
    const started = Date.now()
    const slow = await plan({ text: '开诊所' })
    expect(Date.now() - started).toBeLessThan(1500)
    expect(slow.sentences.some((s) => s.generated)).toBe(false)

    process.env.LLM_BASE_URL = 'http://127.0.0.1:9/v1'
    expect((await plan({ text: '开诊所' })).apply.id).toBe('bundle-clinic-filing')
  })
})
