import { render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { GuideView } from '../../../../src/features/catalog/components/guide-view'
import { ItemCard } from '../../../../src/features/catalog/components/item-card'
import { guidePartOf } from '../../../../src/features/catalog/model'
import type { Guide } from '../../../../src/services/contract'
import { call } from '../../../../src/services/http'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const guide: Guide = {
  item: {
    id: 'hrss-card-loss',
    code: '11150204MB0000000X440104001000',
    name: '社会保障卡挂失与补换',
    type: 'public_service',
    category: '公共服务',
    department: '青山区人力资源和社会保障局',
    audiences: ['personal'],
    scenes: [],
    scopes: ['city'],
    promisedDays: 0,
    sample: false,
    visits: 1,
    online: true,
  },
  conditions: ['本人社会保障卡遗失或损坏'],
  materials: [],
  steps: [],
  legalDays: null,
  fee: '不收费',
  places: [],
  basis: [],
  faqs: [],
  consultPhone: '0472-3360123',
  complaint: '12345',
  bundles: [],
  favorite: false,
}

const chapter = {
  videoId: 'v-hrss-card-loss',
  videoTitle: '社保卡怎么办',
  chapter: { index: 1, title: '社会保障卡挂失与补换：申请条件和要准备的材料', startSec: 0 },
}

beforeEach(() => {
  callMock.mockReset()
  callMock.mockImplementation(() => Promise.resolve({ items: [chapter] }) as never)
})

function firstCard(): HTMLElement {
  return screen.getByText(guide.item.name).parentElement as HTMLElement
}

test('看视频讲解 is a short button; the chapter it starts at is a caption under it', async () => {
  render(<GuideView guide={guide} />)
  const button = await screen.findByRole('button', { name: '看视频讲解' })
  expect(button).toHaveTextContent(/^看视频讲解$/)
  expect(
    screen.getByText('从第1章播放：社会保障卡挂失与补换：申请条件和要准备的材料'),
  ).toBeVisible()
})

test('实施编码 and the 法定时限 leave the top card; the bottom says them in plain words', async () => {
  render(<GuideView guide={guide} />)
  await screen.findByRole('button', { name: '看视频讲解' })
  const top = within(firstCard())
  expect(top.queryByText(/实施编码/)).toBeNull()
  expect(top.queryByText(/法定时限|法律未规定/)).toBeNull()
  expect(top.getByText('承诺时限：即办（受理当日办结）')).toBeVisible()
  const info = within(screen.getByLabelText('事项信息'))
  expect(info.getByText('法律没有规定办理期限，按上面的承诺时限办结')).toBeVisible()
  expect(info.getByText(`实施编码（窗口查询用）：${guide.item.code}`)).toBeVisible()
})

test('one primary action: 一键代办 is it when there is nowhere to book, else 预约办理 is', async () => {
  const { unmount } = render(<GuideView guide={guide} />)
  await screen.findByRole('button', { name: '看视频讲解' })
  const primaries = () => document.querySelectorAll('.guide-view .gov-button--primary')
  expect(Array.from(primaries(), (b) => b.textContent)).toEqual(['一键代办（网上提交材料）'])
  unmount()

  const place = {
    pointId: 'sp-1',
    name: '青山区政务服务中心',
    address: '青山路',
    window: '1号窗口',
  }
  render(<GuideView guide={{ ...guide, places: [place] }} />)
  await screen.findByRole('button', { name: '看视频讲解' })
  expect(Array.from(primaries(), (b) => b.textContent)).toEqual(['预约办理'])
})

test('the facts of an item card are one line of plain text, not chips that look tappable', () => {
  render(<ItemCard item={guide.item} />)
  const card = screen.getByRole('button', { name: guide.item.name })
  expect(within(card).getByText('承诺 即办 · 最多跑一次 · 全市通办')).toHaveClass('gov-fact-line')
  expect(card.querySelectorAll('[class*="tag"]')).toHaveLength(0)
})

test('a link to one field (智能导办 cites 申报材料) scrolls to that card and marks it', async () => {
  const scroll = jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'ok' })
  render(<GuideView guide={guide} focus={guidePartOf('materials')} />)
  await screen.findByRole('button', { name: '看视频讲解' })
  expect(scroll).toHaveBeenCalledWith({ selector: '#guide-materials', duration: 0 })
  expect(screen.getByLabelText('申报材料（您要找的部分）')).toHaveClass('guide-view__focus')
  expect(screen.getByLabelText('办理流程')).not.toHaveClass('guide-view__focus')
  scroll.mockRestore()
})

test('fields map to the card that shows them; an unknown field points nowhere', () => {
  expect(guidePartOf('promisedDays')).toBe('overview')
  expect(guidePartOf('places')).toBe('places')
  expect(guidePartOf('steps')).toBe('steps')
  expect(guidePartOf('constructor')).toBeNull()
  expect(guidePartOf(undefined)).toBeNull()
})
