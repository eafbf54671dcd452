import { wechatAccessToken } from '../../mock/auth/wechat-access-token'

/**
 * WeChat as documented: `cgi-bin/token` issues a new token on every call and the one before it
 * stops working (after a 5-minute grace); `cgi-bin/stable_token` in normal mode returns the
 * current token until it expires, and only `force_refresh: true` replaces it.
 */
function fakeWechat() {
  let issued = 0
  let current = ''
  const requests: { path: string; method: string; body: unknown }[] = []
  const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const url = new URL(String(input))
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : null
    requests.push({ path: url.pathname, method: init?.method ?? 'GET', body })
    const renew = url.pathname === '/cgi-bin/token' || current === ''
    if (renew || (body as { force_refresh?: boolean } | null)?.force_refresh) {
      issued += 1
      current = `token-${issued}`
    }
    return Response.json({ access_token: current, expires_in: 7200 })
  }) as typeof fetch
  return { fetchImpl, requests, current: () => current }
}

test('every holder of the access_token (instances, 人脸核身 and reminders) shares one', async () => {
  const wx = fakeWechat()
  const holders = [1, 2, 3].map(() => wechatAccessToken('appid', 'secret', wx.fetchImpl))
  const tokens = []
  for (const holder of holders) tokens.push(await holder.get())
  expect(tokens).toEqual([wx.current(), wx.current(), wx.current()])
  expect(wx.requests[0]).toEqual({
    path: '/cgi-bin/stable_token',
    method: 'POST',
    body: {
      grant_type: 'client_credential',
      appid: 'appid',
      secret: 'secret',
      force_refresh: false,
    },
  })
})
