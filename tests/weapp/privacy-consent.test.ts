// The native privacy-consent component on its own, with a stubbed wx.
import path from 'node:path'
import { PRIVACY_POLICY_VERSION } from '../../src/services/contract'
import { CONTRACT_NAME } from './support/fixtures'
import { simulate, textOf, waitFor, type SimComponent, type SimRoot } from './support/simulate'
import { installWx, type WxOptions, type WxStub } from './support/wx'

const COMPONENT = path.resolve(__dirname, '../../src/components/native/privacy-consent/index')
const DECLINED_HINT = '未同意前，定位、拍照等功能无法使用，浏览办事信息不受影响。'
const NOT_NEEDED = { privacy: { needAuthorization: false, privacyContractName: CONTRACT_NAME } }

let id: string
const mounted: SimRoot[] = []

beforeAll(() => {
  id = simulate.load(COMPONENT)
})

afterEach(() => {
  mounted.splice(0).forEach((root) => root.detach())
})

interface Props {
  required?: boolean
  elder?: boolean
}

/** Renders the card on a page and waits until WeChat has answered its getPrivacySetting. */
async function mount(
  props: Props,
  options: WxOptions = {},
): Promise<{ card: SimRoot; wx: WxStub }> {
  const wx = installWx(options)
  const card = simulate.render(id, { version: PRIVACY_POLICY_VERSION, ...props })
  card.attach(document.body.appendChild(document.createElement('div')))
  mounted.push(card)
  await waitFor(() => wx.answered('getPrivacySetting') === 1)
  return { card, wx }
}

function part(card: SimComponent, selector: string): SimComponent {
  const node = card.querySelector(selector)
  if (!node) throw new Error(`the card has no ${selector}; it reads: "${textOf(card)}"`)
  return node
}

function eventsOf(card: SimComponent, name: string): unknown[] {
  const details: unknown[] = []
  card.addEventListener(name, (event) => details.push(event.detail))
  return details
}

test('stays hidden when not required and WeChat says no authorization is needed', async () => {
  const { card, wx } = await mount({ required: false }, NOT_NEEDED)
  expect(wx.callsTo('getPrivacySetting')).toHaveLength(1)
  expect(card.querySelector('.pc')).toBeUndefined()
  expect(textOf(card)).toBe('')
})

test('shows when `required` is true, even if WeChat needs no authorization', async () => {
  const { card } = await mount({ required: true }, NOT_NEEDED)
  expect(textOf(part(card, '.pc'))).toContain('隐私保护提示')
  expect(textOf(card)).toContain('同意并继续')
})

test('shows when getPrivacySetting says needAuthorization, with the contract name WeChat gives', async () => {
  const privacy = { needAuthorization: true, privacyContractName: '《青山区测试隐私指引》' }
  const { card } = await mount({ required: false }, { privacy })
  expect(textOf(part(card, '.pc__link'))).toBe('《青山区测试隐私指引》')
  expect(textOf(card)).toContain('使用本小程序前，请阅读《青山区测试隐私指引》')
})

test('agreeing (agreeprivacyauthorization on #agree) emits agree with the version and resolves WeChat', async () => {
  const { card, wx } = await mount({ required: true })
  const agreed = eventsOf(card, 'agree')
  const pending = wx.needPrivacyAuthorization()
  part(card, '#agree').dispatchEvent('agreeprivacyauthorization')
  await expect(pending).resolves.toEqual({ event: 'agree', buttonId: 'agree' })
  expect(agreed).toEqual([{ version: PRIVACY_POLICY_VERSION }])
  await waitFor(() => expect(card.querySelector('.pc')).toBeUndefined())
})

test('declining (tap #disagree) emits disagree, resolves WeChat and shows what stays unavailable', async () => {
  const { card, wx } = await mount({ required: true })
  const declined = eventsOf(card, 'disagree')
  const agreed = eventsOf(card, 'agree')
  const pending = wx.needPrivacyAuthorization()
  expect(textOf(card)).not.toContain(DECLINED_HINT)
  part(card, '#disagree').dispatchEvent('tap')
  await expect(pending).resolves.toEqual({ event: 'disagree' })
  expect(declined).toEqual([{ version: PRIVACY_POLICY_VERSION }])
  expect(agreed).toEqual([])
  await waitFor(() => expect(textOf(card)).toContain(DECLINED_HINT))
  expect(card.querySelector('.pc')).toBeDefined()
})

test('a privacy request while hidden shows the card again', async () => {
  const { card, wx } = await mount({ required: false }, NOT_NEEDED)
  expect(card.querySelector('.pc')).toBeUndefined()
  const pending = wx.needPrivacyAuthorization()
  await waitFor(() => expect(textOf(card)).toContain('隐私保护提示'))
  part(card, '#agree').dispatchEvent('agreeprivacyauthorization')
  await expect(pending).resolves.toEqual({ event: 'agree', buttonId: 'agree' })
})

test('tapping the contract name opens WeChat’s privacy contract', async () => {
  const { card, wx } = await mount({ required: true })
  expect(wx.callsTo('openPrivacyContract')).toEqual([])
  part(card, '.pc__link').dispatchEvent('tap')
  await waitFor(() => expect(wx.callsTo('openPrivacyContract')).toHaveLength(1))
})

test('elder mode puts pc--elder on the root; standard mode does not', async () => {
  const standard = (await mount({ required: true })).card
  expect(standard.querySelector('.pc')).toBeDefined()
  expect(standard.querySelector('.pc--elder')).toBeUndefined()
  const elder = (await mount({ required: true, elder: true })).card
  expect(textOf(part(elder, '.pc--elder'))).toContain('隐私保护提示')
})

test('a late “needs authorization” answer does not bring the card back after the user agreed', async () => {
  const wx = installWx({ privacy: { needAuthorization: true, privacyContractName: CONTRACT_NAME } })
  const card = simulate.render(id, { version: PRIVACY_POLICY_VERSION, required: true })
  card.attach(document.body.appendChild(document.createElement('div')))
  mounted.push(card)
  part(card, '#agree').dispatchEvent('agreeprivacyauthorization')
  await waitFor(() => wx.answered('getPrivacySetting') === 1)
  expect(card.querySelector('.pc')).toBeUndefined()
})
