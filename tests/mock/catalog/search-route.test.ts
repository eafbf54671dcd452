import type { FastifyInstance } from 'fastify'
import type { SearchResult } from '../../../src/services/contract'
import { authed, json, login, testApp, type ErrorJson } from '../helpers'

let app: FastifyInstance
let token: string

beforeAll(async () => {
  app = testApp().app
  token = await login(app)
})
afterAll(() => app.close())

const search = async (q: string) => {
  const url = `/api/v1/catalog/search?q=${encodeURIComponent(q)}`
  const res = await app.inject(authed(token, { method: 'GET', url }))
  return { status: res.statusCode, body: json<{ data: SearchResult }>(res).data, res }
}

test('生孩子要办什么 answers 新生儿出生一件事 first, then its items, with what matched', async () => {
  const { status, body } = await search('生孩子要办什么')
  expect(status).toBe(200)
  expect(body.bundles?.[0]).toMatchObject({
    bundle: { id: 'bundle-newborn', name: '新生儿出生一件事', itemCount: 4 },
    terms: ['生孩子'],
  })
  expect(body.hits.map((hit) => hit.item.id)).toContain('police-birth-registration')
  expect(body.hits[0]?.terms).toEqual(['生孩子'])
  expect(body.related).toEqual([])
})

test('补办社保卡 finds 社会保障卡挂失与补换 first, and no bundle', async () => {
  const { body } = await search('补办社保卡')
  expect(body.hits[0]?.item.name).toBe('社会保障卡挂失与补换')
  expect(body.bundles).toEqual([])
})

test.each([
  ['only punctuation', '？？！！……'],
  ['emoji', '😀🎉'],
  ['SQL', "1' OR '1'='1"],
  ['a sentence of fillers', '我想问一下怎么办'],
])('%s → 200 with no hits and popular items instead, never a 500', async (_, q) => {
  const { status, body } = await search(q)
  expect(status).toBe(200)
  expect(body.hits).toEqual([])
  expect(body.bundles).toEqual([])
  expect(body.related.length).toBeGreaterThan(0)
})

test('a query longer than 30 characters → 400 with a message that says what to do', async () => {
  const { status, res } = await search('我想办'.repeat(11))
  expect(status).toBe(400)
  const { error } = json<ErrorJson>(res)
  expect(error.code).toBe('VALIDATION_FAILED')
  expect(error.fields?.q).toBe('搜索词不能超过30个字')
})
