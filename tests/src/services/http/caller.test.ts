import type { AxiosAdapter } from 'axios'
import { commonEndpoints } from '../../../../src/services/contract/endpoints/common'
import { call, callerFor, http, lazyCallerFor } from '../../../../src/services/http'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

const health = { status: 'ok', version: 'x', time: 't' }
// A field the schema does not know: dropped on the way in, which shows the answer went through it.
const sent = { ...health, extra: true }
const answer: AxiosAdapter = async (config) => ({
  data: JSON.stringify({ data: sent }),
  status: 200,
  statusText: 'OK',
  headers: {},
  config,
})

beforeAll(() => {
  http.defaults.adapter = answer
})

// Each feature registers only its own domains (so weapp subpackages keep their schemas); a call
// to a domain nobody registered is a programming error and says so instead of sending blind.
test('an endpoint no feature registered is refused before anything is sent', async () => {
  await expect(call('GET /api/v1/health')).rejects.toThrow(/not registered/)
})

test('callerFor registers its domains and validates answers with their schemas', async () => {
  const commonCall = callerFor(commonEndpoints)
  await expect(commonCall('GET /api/v1/health')).resolves.toEqual(health)
  await expect(call('GET /api/v1/health')).resolves.toEqual(health)
})

// The app's features load a domain's map on its first call (contract/lazy-endpoints.ts): the
// answer is still checked by that domain's schemas, and a failed download is a network error
// that the next call recovers from.
test('lazyCallerFor loads the map on the first call, validates with it, and retries a failed download', async () => {
  let downloads = 0
  const load = () => {
    downloads += 1
    return downloads === 1
      ? Promise.reject(new Error('ChunkLoadError'))
      : Promise.resolve(commonEndpoints)
  }
  const lazyCall = lazyCallerFor(load)
  expect(downloads).toBe(0)
  await expect(lazyCall('GET /api/v1/health')).rejects.toMatchObject({
    name: 'ApiError',
    kind: 'network',
  })
  await expect(lazyCall('GET /api/v1/health')).resolves.toEqual(health)
  await expect(lazyCall('GET /api/v1/health')).resolves.toEqual(health)
  expect(downloads).toBe(2)
})
