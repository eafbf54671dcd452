// errorFromResponse reads the server's error body by hand (no zod in the page packages): it must
// accept and refuse exactly what the contract's ErrorBody shape does.
import { errorFromResponse } from '../../../../src/services/http/error-from-response'

test('a known code with its fields is a business error carrying both', () => {
  const error = errorFromResponse(422, {
    error: { code: 'VALIDATION_FAILED', message: '请检查填写', fields: { phone: '手机号有误' } },
  })
  expect(error).toMatchObject({
    kind: 'business',
    status: 422,
    code: 'VALIDATION_FAILED',
    message: '请检查填写',
    fields: { phone: '手机号有误' },
  })
})

test('a code this client does not know keeps its message and matches no typed code', () => {
  const error = errorFromResponse(409, {
    error: { code: 'FROM_A_NEWER_SERVER', message: '请刷新' },
  })
  expect(error).toMatchObject({ kind: 'business', message: '请刷新', code: undefined })
})

test.each([
  ['no body', null],
  ['no error object', { message: '请刷新' }],
  ['a message that is not text', { error: { code: 'X', message: 1 } }],
  ['fields that are not texts', { error: { code: 'X', message: 'm', fields: { a: 1 } } }],
  ['fields as a list', { error: { code: 'X', message: 'm', fields: ['a'] } }],
])('a body with %s is an http error naming the status', (_case, body) => {
  expect(errorFromResponse(400, body)).toMatchObject({ kind: 'http', status: 400 })
  expect(errorFromResponse(400, body).message).toContain('错误码 400')
})

test('401 is unauthorized, with the server’s message when it sent one', () => {
  expect(errorFromResponse(401, null)).toMatchObject({ kind: 'unauthorized' })
  expect(
    errorFromResponse(401, { error: { code: 'UNAUTHORIZED', message: '请重新登录' } }),
  ).toMatchObject({ kind: 'unauthorized', message: '请重新登录' })
})
