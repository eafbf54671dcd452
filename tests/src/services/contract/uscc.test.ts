import { checkUscc, EnterpriseRequest, usccCheckChar } from '../../../../src/services/contract'

describe('GB 32100 统一社会信用代码', () => {
  test('a published example code is valid', () => {
    expect(checkUscc('91350100M000100Y43')).toEqual({ ok: true })
  })

  test('the check character is computed over the 31-character set', () => {
    const body = '91150204MA0N2Q3K7'
    expect(checkUscc(body + usccCheckChar(body)).ok).toBe(true)
  })

  test.each([
    ['wrong check character', '91350100M000100Y44', '校验码'],
    ['lower case is accepted as upper case', '91350100m000100y43', null],
    ['letter O instead of zero', '91350100M0O0100Y43', '不使用字母O，可能是数字0'],
    ['letter I instead of one', '9I350100M000100Y43', '不使用字母I'],
    ['too short', '91350100M000100Y4', '应为18位，您输入了17位'],
    ['unknown registrar code', 'Z1350100M000100Y43', '无效字符“Z”'],
    ['region code with a letter', '9135A100M000100Y43', '行政区划代码'],
  ])('%s', (_case, input, reason) => {
    const result = checkUscc(input)
    if (reason === null) expect(result.ok).toBe(true)
    else expect(result.ok ? 'accepted' : result.reason).toContain(reason)
  })

  test('the contract schema trims, upper-cases and rejects with the reason', () => {
    const ok = EnterpriseRequest.safeParse({
      name: ' 包头市青山区示例科技有限公司 ',
      uscc: '91350100m000100y43',
    })
    expect(ok.success && ok.data).toEqual({
      name: '包头市青山区示例科技有限公司',
      uscc: '91350100M000100Y43',
    })
    const blank = EnterpriseRequest.safeParse({ name: '  ', uscc: '91350100M000100Y44' })
    expect(blank.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', '请填写企业名称'],
      ['uscc', expect.stringContaining('校验码')],
    ])
  })
})
