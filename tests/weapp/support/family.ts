// 亲情代办 / 代家人办 pages, one spec per page, on the real server. The user (王志强) asked his
// grandson 李明 to handle 社会保障卡申领 for him; his grandmother 王淑芳 asked the same of him.
import type { ActingGrant, Appointment, Grant } from '../../../src/services/contract'
import { PEOPLE } from '../../mock/helpers'
import type { ApiClient, Backend } from './backend'
import { urlsOf, type PageSpec } from './mini-app'
import { waitFor } from './simulate'

const ITEM = { id: 'hrss-social-card-apply', name: '社会保障卡申领' }
/** 王淑芳 as the server shows her to the family (实名 masked). */
const GRANDMA = '王*芳'

const spaced = (digits = '') => `${digits.slice(0, 4)} ${digits.slice(4)}`

const grantToGrandson = (client: ApiClient) =>
  client.call<Grant>('POST', '/api/v1/proxy/grants', {
    granteeKind: 'relative',
    granteeName: '李明',
    relation: '孙子',
    itemIds: [ITEM.id],
    days: 7,
  })
const bookFor = (client: ApiClient, grantId: string, slotStart: string) =>
  client.call<Appointment>('POST', '/api/v1/appointments', {
    itemId: ITEM.id,
    pointId: 'sp-qs-center',
    slotStart,
    name: '李明',
    phone: '13812345670',
    actingFor: grantId,
  })

const made = {
  /** The user's grant to 李明 that 李明 has not confirmed yet. */
  pending: {} as Grant,
  /** One more, shown as a code on the code page. */
  shown: {} as Grant,
  /** 王淑芳's grant the user accepted (and booked under). */
  acting: {} as Grant,
  /** 王淑芳's newer grant, read out to the user as 8 digits. */
  offered: {} as Grant,
}

export function familySpecs(backend: Backend, user: () => ApiClient): Record<string, PageSpec> {
  return {
    'packages/family/pages/grants/index': {
      async before() {
        // 李明 accepted an earlier grant and booked with it; a second one waits for him.
        const grandson = await backend.signIn('grandson')
        const accepted = await grantToGrandson(user())
        await grandson.call('POST', '/api/v1/proxy/claims', { code: accepted.code?.digits })
        await bookFor(grandson, accepted.id, '2026-03-05T02:00:00.000Z')
        made.pending = await grantToGrandson(user())
        // 王淑芳 (实名) asked the user; he accepted and booked for her.
        const grandma = await backend.signIn('grandma')
        await grandma.verify(PEOPLE.grandma)
        made.acting = await grandma.call<Grant>('POST', '/api/v1/proxy/grants', {
          granteeKind: 'relative',
          granteeName: '王志强',
          relation: '孙子',
          itemIds: [ITEM.id],
          days: 7,
        })
        await user().call('POST', '/api/v1/proxy/claims', { code: made.acting.code?.digits })
        await bookFor(user(), made.acting.id, '2026-03-05T02:30:00.000Z')
        made.offered = await grandma.call<Grant>('POST', '/api/v1/proxy/grants', {
          granteeKind: 'relative',
          granteeName: '王志强',
          relation: '孙子',
          itemIds: [ITEM.id],
          days: 7,
        })
      },
      shows: () => [
        '新建授权',
        '孙子李明',
        '待对方确认',
        `可以办：${ITEM.name}`,
        `李* 为您预约了“${ITEM.name}”`,
      ],
      async interact(page, app) {
        const revokes = () =>
          app.wx.requests().filter((r) => /^\/api\/v1\/proxy\/grants\/[^/]+\/revoke$/.test(r.path))
        await page.tap('撤销授权')
        await page.waitForText('撤销后对方立即不能再替您办理。确定撤销吗？')
        expect(revokes()).toEqual([])
        await page.tap('确定撤销')
        await waitFor(() => expect(revokes()).toHaveLength(1))
        const revokedId = revokes()[0]?.path.split('/')[5]
        const { items } = await user().call<{ items: Grant[] }>('GET', '/api/v1/proxy/grants')
        expect(items.find((g) => g.id === revokedId)?.status).toBe('revoked')
      },
    },
    'packages/family/pages/new/index': {
      shows: () => ['新建授权 · 第1步，共5步', '请谁帮您办？', '家里人', '政务服务中心的帮办员'],
      async interact(page, app) {
        await page.tap('下一步')
        await page.waitForText('请选择请谁帮您办')
        await page.tap('政务服务中心的帮办员')
        await page.waitForText('政务服务中心的帮办员（已选）')
        await page.tap('下一步')
        await page.waitForText('可以帮您办哪些事？', '第2步，共4步', '上一步')
        expect(app.wx.requests('POST /api/v1/proxy/grants')).toEqual([])
      },
    },
    'packages/family/pages/code/index': {
      query: () => ({ id: made.shown.id }),
      async before() {
        made.shown = await grantToGrandson(user())
      },
      shows: () => [
        '授权给孙子李明',
        spaced(made.shown.code?.digits),
        '亲情代办授权码',
        '重新出示授权码',
      ],
      async interact(page, app) {
        await page.tap('重新出示授权码')
        await waitFor(() =>
          expect(app.wx.requests(`POST /api/v1/proxy/grants/${made.shown.id}/code`)).toHaveLength(
            1,
          ),
        )
        const { items } = await user().call<{ items: Grant[] }>('GET', '/api/v1/proxy/grants')
        const fresh = items.find((g) => g.id === made.shown.id)?.code?.digits
        expect(fresh).not.toBe(made.shown.code?.digits)
        await page.waitForText(spaced(fresh))
      },
    },
    'packages/family/pages/acting/index': {
      shows: () => [
        `${GRANDMA}（您是孙子）`,
        `替${GRANDMA}预约办事`,
        `替${GRANDMA}一键代办`,
        `您为 ${GRANDMA} 预约了“${ITEM.name}”`,
      ],
      async interact(page, app) {
        await page.tap(`替${GRANDMA}预约办事`)
        await waitFor(() =>
          expect(urlsOf(app).at(-1)).toBe(
            `/packages/booking/pages/book/index?itemId=${ITEM.id}&for=${made.acting.id}`,
          ),
        )
      },
    },
    'packages/family/pages/claim/index': {
      shows: () => ['授权码', '查看授权', '扫家人手机上的二维码'],
      async interact(page, app) {
        await page.type('gov-field__input', made.offered.code?.digits ?? '')
        await page.tap('查看授权')
        await page.waitForText(`${GRANDMA} 请您帮忙办事`, `可以代办：${ITEM.name}`)
        await page.tap('确认接受')
        await waitFor(() =>
          expect(urlsOf(app, 'redirectTo').at(-1)).toBe('/packages/family/pages/acting/index'),
        )
        expect(app.wx.requests('POST /api/v1/proxy/claims')).toHaveLength(1)
        const { items } = await user().call<{ items: ActingGrant[] }>('GET', '/api/v1/proxy/acting')
        expect(items.map((g) => g.id)).toContain(made.offered.id)
      },
    },
  }
}
