import {
  checkIdNumber,
  idNumberCheckChar,
  VerificationRequest,
} from '../../../../src/services/contract'

const TODAY = new Date('2026-11-26T00:00:00+08:00')
/** A 青山区 (150204) number for someone born 1956-03-08, with its real check character. */
const body = '15020419560308123'
const valid = body + idNumberCheckChar(body)

describe('GB 11643 居民身份证号', () => {
  test('accepts a number whose check character matches, in either case of X', () => {
    expect(checkIdNumber(valid, TODAY)).toEqual({ ok: true })
    const withX = '11010519491231002'
    expect(idNumberCheckChar(withX)).toBe('X')
    expect(checkIdNumber(`${withX}x`, TODAY)).toEqual({ ok: true })
  })

  test('the published example 11010519491231002X is valid', () => {
    expect(checkIdNumber('11010519491231002X', TODAY).ok).toBe(true)
  })

  test.each([
    ['wrong check character', body + (valid.endsWith('0') ? '1' : '0'), '校验码'],
    ['two digits swapped', '15020419560308213' + valid[17], '校验码'],
    ['17 digits', body, '应为18位，您输入了17位'],
    ['a letter inside', '1502041956O308123X', '前17位只能是数字'],
    ['unknown province 99', '99020419560308123X', '地区代码“99”'],
    ['31 February', '15020419560231123X', '出生日期“19560231”'],
    ['born tomorrow', '15020420261127123X', '出生日期'],
  ])('rejects %s with the reason in words', (_case, input, reason) => {
    const result = checkIdNumber(input, TODAY)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toContain(reason)
  })

  test('the contract schema reports the same reason on the idNumber field', () => {
    const bad = VerificationRequest.safeParse({ name: '张三', idNumber: body + 'Y' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.path).toEqual(['idNumber'])
    expect(VerificationRequest.safeParse({ name: '张三', idNumber: ` ${valid} ` }).success).toBe(
      true,
    )
  })
})
