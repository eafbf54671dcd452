// The console's policy list and editor are kept per policies version: an edit made on another
// process (a second app sharing the database) shows at once on one that has them kept.
import type { FastifyInstance } from 'fastify'
import type { PolicyEditor, PolicyRowList, RuleFactList } from '../../../src/services/contract'
import { admin, inputOf } from '../admin/content-support'
import { login, sharedDatabase, testApp } from '../helpers'
import type { Sql } from '../../../mock/db/engine'

const database = sharedDatabase()
let reader: FastifyInstance
let writer: FastifyInstance
let readerSql: Sql
let token = ''

beforeAll(async () => {
  const first = testApp({ database: database.open() })
  reader = first.app
  readerSql = first.sql
  writer = testApp({ database: database.open() }).app
  await reader.ready()
  await writer.ready()
  token = await login(reader, 'dev:admin-1')
})
afterAll(async () => {
  await reader.close()
  await writer.close()
  await database.remove()
})

const read = async <T>(url: string) => (await admin<T>(reader, token, 'GET', url)).data
const rowOf = async (id: string) =>
  (await read<PolicyRowList>('/api/v1/admin/policies')).items.find((p) => p.id === id)

test('a draft saved and a policy created on another process show at once in the kept list and editor', async () => {
  const before = await read<PolicyEditor>('/api/v1/admin/policies/qs-startup-rent')
  expect(await rowOf('qs-startup-rent')).toMatchObject({ hasDraft: false, editedAt: null })
  expect(before.draft).toBeNull()
  const published = before.published
  if (!published) throw new Error('seeded rent policy missing')

  const draft = { ...inputOf(published), title: '示例·缓存之后保存的草稿' }
  const saved = await admin(
    writer,
    token,
    'PUT',
    '/api/v1/admin/policies/qs-startup-rent/draft',
    draft,
  )
  expect(saved.status).toBe(200)
  expect(await rowOf('qs-startup-rent')).toMatchObject({
    hasDraft: true,
    editedAt: expect.any(String),
  })
  const after = await read<PolicyEditor>('/api/v1/admin/policies/qs-startup-rent')
  expect(after.draft?.title).toBe('示例·缓存之后保存的草稿')

  const created = await admin<PolicyEditor>(writer, token, 'POST', '/api/v1/admin/policies', {
    ...draft,
    title: '示例·另一进程新建的政策',
  })
  expect(created.status).toBe(201)
  expect(await rowOf(created.data.id)).toMatchObject({ status: 'draft', hasDraft: true })
  const fresh = await read<PolicyEditor>(`/api/v1/admin/policies/${created.data.id}`)
  expect(fresh.draft?.title).toBe('示例·另一进程新建的政策')

  const discarded = await admin(
    writer,
    token,
    'POST',
    '/api/v1/admin/policies/qs-startup-rent/discard-draft',
  )
  expect(discarded.status).toBe(200)
  expect(await rowOf('qs-startup-rent')).toMatchObject({ hasDraft: false })
  expect((await read<PolicyEditor>('/api/v1/admin/policies/qs-startup-rent')).draft).toBeNull()
})

test('who published a version is named as the user is called now, not as when the editor was kept', async () => {
  const published = (await read<PolicyEditor>('/api/v1/admin/policies/qs-startup-rent')).published
  if (!published) throw new Error('seeded rent policy missing')
  await admin(
    writer,
    token,
    'PUT',
    '/api/v1/admin/policies/qs-startup-rent/draft',
    inputOf(published),
  )
  await admin(writer, token, 'POST', '/api/v1/admin/policies/qs-startup-rent/publish')
  const kept = await read<PolicyEditor>('/api/v1/admin/policies/qs-startup-rent')
  const publisher = kept.history[0]?.publishedBy
  expect(publisher).toMatchObject({ id: expect.any(String) })
  await readerSql
    .updateTable('users')
    .set({ nickname: '示例·改名后的管理员' })
    .where('id', '=', publisher?.id ?? '')
    .execute()
  const renamed = await read<PolicyEditor>('/api/v1/admin/policies/qs-startup-rent')
  expect(renamed.history[0]?.publishedBy).toEqual({
    id: publisher?.id,
    nickname: '示例·改名后的管理员',
  })
  expect(renamed.history[1]?.publishedBy).toBeNull()
})

test('the rule builder facts are the same answer on every call', async () => {
  const first = await read<RuleFactList>('/api/v1/admin/policies/facts')
  const second = await read<RuleFactList>('/api/v1/admin/policies/facts')
  expect(second).toEqual(first)
  expect(first.facts.find((f) => f.key === 'staff')).toMatchObject({ kind: 'number', unit: '人' })
})
