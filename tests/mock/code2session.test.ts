import { wechatCode2Session } from '../../mock/auth/code2session'

describe('wechatCode2Session (fetch stubbed, never the network)', () => {
  const stub = (answer: unknown, calls: URL[] = []) =>
    (async (url: URL) => {
      calls.push(url)
      return new Response(JSON.stringify(answer))
    }) as unknown as typeof fetch

  it('sends appid, secret and code, and returns only the openid', async () => {
    const calls: URL[] = []
    const exchange = wechatCode2Session(
      'wx123',
      's3cret',
      stub({ openid: 'oABC', session_key: 'k' }, calls),
    )
    await expect(exchange('the-code')).resolves.toEqual({ openid: 'oABC' })
    expect(calls[0]?.origin + (calls[0]?.pathname ?? '')).toBe(
      'https://api.weixin.qq.com/sns/jscode2session',
    )
    expect(Object.fromEntries(calls[0]?.searchParams ?? [])).toEqual({
      appid: 'wx123',
      secret: 's3cret',
      js_code: 'the-code',
      grant_type: 'authorization_code',
    })
  })

  it('turns an invalid code into a Chinese 400 and an outage into 502', async () => {
    await expect(
      wechatCode2Session('a', 'b', stub({ errcode: 40029, errmsg: 'invalid code' }))('x'),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'LOGIN_CODE_INVALID',
    })
    const down = (async () => {
      throw new TypeError('fetch failed')
    }) as unknown as typeof fetch
    await expect(wechatCode2Session('a', 'b', down)('x')).rejects.toMatchObject({ statusCode: 502 })
  })
})
