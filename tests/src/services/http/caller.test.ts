import type { AxiosAdapter } from 'axios'
import { commonEndpoints } from '../../../../src/services/contract/endpoints/common'
import { call, callerFor, http } from '../../../../src/services/http'

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
