import { Readable } from 'node:stream'
import Fastify from 'fastify'
import type { FileStore } from '../../../mock/files/file-store'
import { uploadRoutes } from '../../../mock/files/routes'
import { createRepos } from '../../../mock/modules/repositories'
import { pdf, upload } from '../cases/support'
import { testDatabase } from '../helpers'

/** A store with no folder at all: the upload routes must need nothing but the interface. */
function memoryStore() {
  const bytes = new Map<string, Buffer>()
  const store: FileStore = {
    put: async (key, data) => void bytes.set(key, Buffer.from(data)),
    open: async (key) => {
      const data = bytes.get(key)
      return data ? { stream: Readable.from([data]), size: data.length } : null
    },
    delete: async (key) => void bytes.delete(key),
    sweep: async () => undefined,
  }
  return { store, bytes }
}

test('the upload routes store and serve through the FileStore they are given', async () => {
  const { sql, close } = await testDatabase()
  const repos = createRepos(sql)
  const user = await repos.users.ensureNamed({
    id: 'u-memory',
    openid: 'openid-memory',
    nickname: '测试用户',
    created_at: '2026-03-02T00:00:00.000Z',
  })
  const { store, bytes } = memoryStore()
  const app = Fastify()
  await app.register(uploadRoutes, {
    repos,
    files: store,
    now: () => new Date('2026-03-02T09:00:00+08:00'),
    authenticate: async (authorization) =>
      authorization === 'Bearer t' ? { userId: user.id, tokenHash: 'h' } : null,
  })
  try {
    const file = pdf('kept in memory')
    const sent = await upload(app, 't', '承诺书.pdf', file)
    expect(sent.status).toBe(201)
    expect([...bytes.keys()]).toEqual([`${sent.data.sha256.slice(0, 2)}/${sent.data.sha256}`])
    const got = await app.inject({
      method: 'GET',
      url: `/api/v1/uploads/${sent.data.id}`,
      headers: { authorization: 'Bearer t' },
    })
    expect(got.rawPayload.equals(file)).toBe(true)
    await store.delete(`${sent.data.sha256.slice(0, 2)}/${sent.data.sha256}`)
    const gone = await app.inject({
      method: 'GET',
      url: `/api/v1/uploads/${sent.data.id}`,
      headers: { authorization: 'Bearer t' },
    })
    expect([gone.statusCode, gone.json()]).toEqual([
      404,
      { error: { code: 'NOT_FOUND', message: '文件已丢失，请重新上传' } },
    ])
  } finally {
    await app.close()
    await close()
  }
})
