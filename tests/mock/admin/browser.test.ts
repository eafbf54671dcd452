import { browserSummary, maskIp } from '../../../mock/modules/admin/browser'
import { pageFor } from '../../../src/features/qr/model'

test.each([
  [
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    'Chrome · Linux',
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    'Edge · Windows',
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
    'Safari · macOS',
  ],
  [
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    'Firefox · Linux',
  ],
  ['curl/8.0', '未知浏览器 · 未知系统'],
])('%s → %s', (ua, summary) => {
  expect(browserSummary(ua)).toBe(summary)
})

test('an address is shown with its middle hidden', () => {
  expect(maskIp('192.168.31.23')).toBe('192.*.*.23')
  expect(maskIp('::ffff:10.0.0.7')).toBe('10.*.*.7')
  expect(maskIp('2408:8456:1:2::7')).toBe('2408:*::7')
})

test('the scanner routes a console sign-in code to the confirm page and an invite to the claim page', () => {
  expect(pageFor({ kind: 'console_sign_in', code: 'lABC.x.Y' }, '', false)).toBe(
    '/packages/account/pages/console-sign-in/index?code=lABC.x.Y',
  )
  expect(pageFor({ kind: 'staff_invite', code: 'iABC.x.Y' }, '', false)).toBe(
    '/packages/account/pages/staff-invite/index?code=iABC.x.Y',
  )
})
