import {
  checkMobile,
  maskCode18,
  maskName,
  maskPhone,
  redact,
} from '../../../../src/services/contract'

test('masks follow PRODUCT.md: 138****5678, 1502**********1234, 张*', () => {
  expect(maskPhone('13812345678')).toBe('138****5678')
  expect(maskCode18('150204195603081234')).toBe('1502**********1234')
  expect(maskName('张三')).toBe('张*')
  expect(maskName('欧阳娜娜')).toBe('欧***')
  expect(maskName('李')).toBe('李')
})

test('redact hides every ID number, credit code and mobile number inside free text', () => {
  const line = 'user 150204195603081234 phone 13812345678 uscc 91350100M000100Y43 order 2026112601'
  const out = redact(line)
  expect(out).not.toContain('150204195603081234')
  expect(out).not.toContain('13812345678')
  expect(out).not.toContain('91350100M000100Y43')
  expect(out).toContain('1502**********1234')
  expect(out).toContain('138****5678')
  expect(out).toContain('order 2026112601')
})

test('mobile numbers are checked with reasons', () => {
  expect(checkMobile('138 1234 5678')).toEqual({ ok: true })
  expect(checkMobile('1381234567')).toEqual({ ok: false, reason: '手机号应为11位，您输入了10位' })
  expect(checkMobile('12812345678').ok).toBe(false)
  expect(checkMobile('138abc45678')).toEqual({ ok: false, reason: '手机号只能包含数字' })
})
