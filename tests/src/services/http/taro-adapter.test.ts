import axios from 'axios'
import Taro from '@tarojs/taro'
import { taroAdapter } from '../../../../src/services/http/taro-adapter'
import { toApiError } from '../../../../src/services/http/to-api-error'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { request: jest.fn() } }))

type RequestOptions = Parameters<typeof Taro.request>[0]
const request = Taro.request as unknown as jest.Mock<unknown, [RequestOptions]>
const client = axios.create({ baseURL: 'http://localhost:3000', adapter: taroAdapter })

beforeEach(() => request.mockReset())

test('sends method, full URL with query, JSON body and headers; parses the JSON answer', async () => {
  // WeChat may call `success` before `request()` returns: the adapter must still settle.
  request.mockImplementation((options) => {
    options.success?.({
      statusCode: 200,
      data: '{"data":{"ok":true}}',
      header: { 'Content-Type': 'application/json', 'X-Trace': '1' },
      cookies: [],
      errMsg: 'request:ok',
    })
    return { abort: jest.fn() }
  })
  const res = await client.post(
    '/api/v1/things',
    { a: 1 },
    { params: { q: '幸福路', empty: '' }, headers: { 'Idempotency-Key': 'k-12345678' } },
  )
  const options = request.mock.calls[0]![0]
  expect(options.url).toBe('http://localhost:3000/api/v1/things?q=%E5%B9%B8%E7%A6%8F%E8%B7%AF')
  expect(options.method).toBe('POST')
  expect(options.data).toBe('{"a":1}')
  expect(options.header).toMatchObject({ 'Idempotency-Key': 'k-12345678' })
  expect(res.data).toEqual({ data: { ok: true } })
  expect(res.headers['x-trace']).toBe('1')
})

test('a 4xx answer rejects with the parsed error body, which becomes a business ApiError', async () => {
  request.mockImplementation((options) => {
    options.success?.({
      statusCode: 409,
      data: '{"error":{"code":"CONFLICT","message":"该企业已绑定"}}',
      header: {},
      cookies: [],
      errMsg: 'request:ok',
    })
  })
  const error = toApiError(await client.get('/x').catch((e: unknown) => e))
  expect(error).toMatchObject({ kind: 'business', status: 409, message: '该企业已绑定' })
})

test('a 401 becomes an unauthorized ApiError; a timeout and a network failure are told apart', async () => {
  request.mockImplementationOnce((o) =>
    o.success?.({ statusCode: 401, data: '', header: {}, cookies: [], errMsg: 'request:ok' }),
  )
  expect(toApiError(await client.get('/x').catch((e: unknown) => e)).kind).toBe('unauthorized')
  request.mockImplementationOnce((o) => o.fail?.({ errMsg: 'request:fail timeout' }))
  expect(toApiError(await client.get('/x').catch((e: unknown) => e)).kind).toBe('timeout')
  request.mockImplementationOnce((o) =>
    o.fail?.({ errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED' }),
  )
  expect(toApiError(await client.get('/x').catch((e: unknown) => e)).kind).toBe('network')
})

test('a 502 without our error body is an http error naming the status', async () => {
  request.mockImplementation((o) =>
    o.success?.({
      statusCode: 502,
      data: '<html>Bad Gateway</html>',
      header: {},
      cookies: [],
      errMsg: 'request:ok',
    }),
  )
  const error = toApiError(await client.get('/x').catch((e: unknown) => e))
  expect(error).toMatchObject({ kind: 'http', status: 502 })
  expect(error.message).toContain('502')
})
