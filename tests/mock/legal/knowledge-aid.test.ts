import { authed, json, login, testApp } from '../helpers'
import type { AidCheckResult, KnowledgeResult } from '../../../src/services/contract'
import { KNOWLEDGE } from '../../../mock/modules/legal/knowledge'

const { app } = testApp()
let token: string
beforeAll(async () => {
  token = await login(app, 'dev:kb-user')
})
afterAll(() => app.close())

const search = async (query: string) =>
  json<{ data: KnowledgeResult }>(
    await app.inject(authed(token, { method: 'GET', url: `/api/v1/legal/knowledge?${query}` })),
  ).data

test('at least 80 answers, every one with a legal basis and a unique id', () => {
  expect(KNOWLEDGE.length).toBeGreaterThanOrEqual(80)
  expect(new Set(KNOWLEDGE.map((e) => e.id)).size).toBe(KNOWLEDGE.length)
  for (const entry of KNOWLEDGE) {
    expect(entry.question).toMatch(/？$/)
    expect(entry.basis).toMatch(/《.+》/)
    expect(entry.answer.length).toBeGreaterThan(20)
  }
})

test('search finds by phrase and by shared words, best match first', async () => {
  const deposit = await search(`q=${encodeURIComponent('押金')}`)
  expect(deposit.items[0]?.question).toBe('退租后房东不退押金怎么办？')
  const wages = await search(`q=${encodeURIComponent('公司拖欠工资了怎么投诉')}`)
  expect(wages.items[0]?.question).toBe('单位拖欠工资，去哪里投诉？')
  const none = await search(`q=${encodeURIComponent('火星移民签证')}`)
  expect(none).toEqual({ items: [], total: 0 })
})

test('a topic narrows the list; without a query the whole topic is listed', async () => {
  const traffic = await search('topic=traffic')
  expect(traffic.total).toBe(KNOWLEDGE.filter((e) => e.topic === 'traffic').length)
  expect(traffic.items.every((e) => e.topic === 'traffic')).toBe(true)
  const bad = await app.inject(
    authed(token, { method: 'GET', url: '/api/v1/legal/knowledge?topic=x' }),
  )
  expect(bad.statusCode).toBe(400)
})

const aid = async (matter: string, situation: string) =>
  json<{ data: AidCheckResult }>(
    await app.inject(
      authed(token, {
        method: 'POST',
        url: '/api/v1/legal/aid-checks',
        payload: { matter, situation },
      }),
    ),
  ).data

test('法律援助 pre-check: scope, economic exemption, and what to bring', async () => {
  const migrant = await aid('wages', 'migrant_worker')
  expect(migrant.outcome).toBe('eligible')
  expect(migrant.basis.join()).toContain('第四十二条')
  expect(migrant.documents[0]).toContain('居民身份证')

  expect((await aid('injury', 'migrant_worker')).outcome).toBe('review')
  expect((await aid('support', 'low_income')).documents.join()).toContain('经济困难状况说明表')
  expect((await aid('support', 'none')).outcome).toBe('unlikely')
  const violence = await aid('domestic_violence', 'none')
  expect(violence.outcome).toBe('eligible')
  expect(violence.documents.join()).not.toContain('经济困难状况说明表')
  expect((await aid('other_civil', 'assistance')).outcome).toBe('out_of_scope')
})
