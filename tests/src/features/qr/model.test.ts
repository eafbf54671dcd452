import { foreignLinks, openedWith, pageFor, scamWarnings } from '../../../../src/features/qr/model'

describe('pageFor: where an official code leads', () => {
  test('guide, queue, zone and campaign pages carry the code’s title for the badge', () => {
    expect(pageFor({ kind: 'guide', itemId: 'market-llc-setup' }, '企业开办', false)).toBe(
      '/packages/catalog/pages/guide/index?id=market-llc-setup&official=%E4%BC%81%E4%B8%9A%E5%BC%80%E5%8A%9E',
    )
    expect(pageFor({ kind: 'queue', pointId: 'sp-qs-center' }, '取号', false)).toMatch(
      /^\/packages\/qr\/pages\/queue\/index\?pointId=sp-qs-center&official=/,
    )
    expect(pageFor({ kind: 'zone', zoneId: 'bank' }, '专区', false)).toMatch(
      /zone\/index\?id=bank&/,
    )
    expect(pageFor({ kind: 'campaign', campaignId: 'gift-2026' }, '礼包', false)).toMatch(
      /campaign\/index\?id=gift-2026&/,
    )
  })
  test('a 亲情代办 code opens 代家人办 with the code filled in', () => {
    expect(
      pageFor({ kind: 'grant', code: 'aABCDEFGH.x.ABCDEFGHIJ' }, '亲情代办授权码', false),
    ).toBe('/packages/family/pages/claim/index?code=aABCDEFGH.x.ABCDEFGHIJ')
  })
  test('a check-in code opens the window page for staff only', () => {
    expect(pageFor({ kind: 'check_in', code: 'K7M2P9QA' }, '签到', true)).toBe(
      '/packages/booking/pages/check-in/index?code=K7M2P9QA',
    )
    expect(pageFor({ kind: 'check_in', code: 'K7M2P9QA' }, '签到', false)).toBeNull()
  })
})

test('openedWith reads WeChat’s q (link) or scene, URL-decoded; nothing when neither', () => {
  const link = 'https://ymt.qingshan.gov.cn/q/gABCDEFGH..ABCDEFGHIJ'
  expect(openedWith({ q: encodeURIComponent(link) })).toBe(link)
  expect(openedWith({ scene: 'gABCDEFGH..ABCDEFGHIJ' })).toBe('gABCDEFGH..ABCDEFGHIJ')
  expect(openedWith({ q: '%E0%A4%A' })).toBe('%E0%A4%A')
  expect(openedWith({})).toBeNull()
})

describe('验真', () => {
  test('flags the classic scam signs, each once, in words', () => {
    const sms =
      '【青山区人社】您有一笔社保补贴待领取，限时24小时，点击链接填写银行卡和验证码，客服将与您屏幕共享指导操作'
    expect(scamWarnings(sms)).toEqual([
      expect.stringContaining('补贴'),
      expect.stringContaining('限时'),
      expect.stringContaining('验证码'),
      expect.stringContaining('屏幕共享'),
      expect.stringContaining('银行卡'),
    ])
    expect(scamWarnings('您的预约已成功，请按时到青山区政务服务中心办理。')).toEqual([])
  })
  test('links off the platform’s host are called out; look-alikes too', () => {
    const host = 'ymt.qingshan.gov.cn'
    expect(
      foreignLinks(
        '官方 https://ymt.qingshan.gov.cn/q/gABCDEFGH..ABCDEFGHIJ 和 http://ymt.qingshan.gov.cn.vip/a，还有https://bt-gov.cc/x。',
        host,
      ),
    ).toEqual(['http://ymt.qingshan.gov.cn.vip/a', 'https://bt-gov.cc/x'])
  })
})
