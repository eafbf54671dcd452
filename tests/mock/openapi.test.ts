import {
  endpoints,
  fileEndpoints,
  splitKey,
  type EndpointKey,
  type FileEndpointKey,
} from '../../src/services/contract'
import { testApp } from './helpers'

type Operation = {
  operationId: string
  summary: string
  security?: unknown[]
  parameters: { name: string; in: string; required: boolean }[]
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }
  responses: Record<string, unknown>
}
type Document = {
  openapi: string
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> }
}

describe('GET /api/v1/openapi.json', () => {
  let doc: Document
  beforeAll(async () => {
    const { app } = testApp()
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
    await app.close()
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/application\/json/)
    doc = JSON.parse(response.body) as Document
  })

  it('is OpenAPI 3.1 with the error body and bearer scheme', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.components.schemas.ErrorBody).toMatchObject({ type: 'object', required: ['error'] })
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' })
  })

  it.each(Object.keys(endpoints) as EndpointKey[])('describes %s', (key) => {
    const def = endpoints[key]
    const { method, path } = splitKey(key)
    const operation = doc.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()]
    expect(operation).toMatchObject({ operationId: key, summary: def.summary })
    expect(Boolean(operation?.security)).toBe(def.auth)
    expect(operation?.responses['creates' in def ? '201' : '200']).toBeDefined()
    expect(operation?.responses['400']).toEqual({
      description: expect.any(String),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    })
    expect(Boolean(operation?.requestBody)).toBe('body' in def)
    expect(operation?.parameters.some((p) => p.name === 'Idempotency-Key' && p.required)).toBe(
      'creates' in def,
    )
  })

  it('spells out path and query parameters and body fields', () => {
    const detail = doc.paths['/api/v1/service-points/{id}']?.get
    expect(detail?.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ])
    const list = doc.paths['/api/v1/service-points']?.get
    expect(list?.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ['q', 'query', false],
      ['kind', 'query', false],
    ])
    const verification = doc.paths['/api/v1/me/identity/verifications']?.post
    expect(
      Object.keys(verification?.requestBody?.content['application/json']?.schema.properties ?? {}),
    ).toEqual(['name', 'idNumber'])
    const confirm = doc.paths['/api/v1/me/identity/verifications/{id}/confirm']?.post
    expect(confirm?.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ])
    expect(doc.paths['/api/v1/me/real-name']).toBeUndefined()
  })

  it('describes the file endpoints too: the upload form, the files and their byte ranges', () => {
    const upload = doc.paths['/api/v1/uploads']?.post
    expect(upload?.security).toBeDefined()
    expect(upload?.requestBody?.content['multipart/form-data']?.schema.properties).toHaveProperty(
      'file',
    )
    expect(upload?.responses['201']).toBeDefined()
    const file = doc.paths['/api/v1/uploads/{id}']?.get
    expect(file?.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })])
    const media = doc.paths['/api/v1/media/files/{name}']?.get
    expect(media?.security).toBeUndefined()
    expect(Object.keys(media?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '206', '416']),
    )
  })
})

describe('the file endpoints of the contract are where the server serves them', () => {
  const { app } = testApp()
  afterAll(() => app.close())

  it.each(Object.keys(fileEndpoints) as FileEndpointKey[])('%s', async (key) => {
    const { method, path } = splitKey(key)
    const response = await app.inject({
      method,
      url: path.replace(':id', 'no-such-upload').replace(':name', 'steps-2.jpg'),
    })
    // Signed-in endpoints refuse the anonymous caller; the public one answers with the file.
    expect(response.statusCode).toBe(fileEndpoints[key].auth ? 401 : 200)
  })
})
