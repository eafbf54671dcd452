import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { GuideScreen } from '../../../../src/features/guide'
import { askGuide } from '../../../../src/features/guide/api'
import { planSpeech } from '../../../../src/features/guide/model'
import type { GuidePlan, GuideReply } from '../../../../src/services/contract'
import { ApiError } from '../../../../src/services/http'
import { usePreferences } from '../../../../src/stores/preferences'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
/** The browser's speech recognition (listen.h5.ts), which jest would not pick on its own. */
jest.mock('../../../../src/platform/listen', () =>
  jest.requireActual('../../../../src/platform/listen.h5'),
)
jest.mock('../../../../src/features/guide/api', () => ({
  askGuide: jest.fn(),
  favoriteItem: jest.fn(() => Promise.resolve({})),
}))
const ask = jest.mocked(askGuide)

const plan: GuidePlan = {
  title: '开饭店（个体工商户）',
  apply: { kind: 'item', id: 'market-individual-setup', name: '个体工商户设立登记' },
  steps: [
    {
      itemId: 'market-individual-setup',
      name: '个体工商户设立登记',
      promisedDays: 1,
      visits: 0,
      online: true,
      sample: false,
    },
  ],
  materials: [],
  promisedDays: 1,
  visits: 0,
  point: null,
  sentences: [
    {
      section: 'summary',
      text: '先办营业执照，再办食品经营许可。',
      sources: [
        { kind: 'item', id: 'market-individual-setup', name: '个体工商户设立登记', field: 'name' },
      ],
      generated: true,
    },
    {
      section: 'steps',
      text: '第1步：个体工商户设立登记。',
      sources: [
        { kind: 'item', id: 'market-individual-setup', name: '个体工商户设立登记', field: 'name' },
      ],
      generated: false,
    },
  ],
  itemId: 'market-individual-setup',
  video: null,
  sample: false,
}
const question: GuideReply = {
  kind: 'question',
  intent: '开饭店',
  rewrittenBy: null,
  question: {
    id: 'restaurant-form',
    text: '您是以个体工商户还是公司开办？',
    choices: [
      { id: 'individual', label: '个体工商户' },
      { id: 'company', label: '公司' },
    ],
  },
}

beforeEach(() => {
  localStorage.clear()
  usePreferences.setState(usePreferences.getInitialState())
  ask.mockReset()
  ask.mockImplementation(({ answers }) =>
    Promise.resolve(
      answers?.length ? { kind: 'plan', intent: '开饭店', rewrittenBy: null, plan } : question,
    ),
  )
})

test('words → one question → a plan whose sentences link to their guide field', async () => {
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' })
  render(<GuideScreen />)
  fireEvent.click(screen.getByRole('button', { name: '我要开饭店' }))
  await screen.findByText('您是以个体工商户还是公司开办？')
  expect(ask).toHaveBeenLastCalledWith({ text: '我要开饭店', answers: [] })
  fireEvent.click(screen.getByRole('button', { name: '个体工商户' }))
  await screen.findByText('开饭店（个体工商户）')
  expect(ask).toHaveBeenLastCalledWith({
    text: '我要开饭店',
    answers: [{ question: 'restaurant-form', choice: 'individual' }],
  })
  expect(screen.getByText('AI 生成')).toBeTruthy()
  const step = screen.getByRole('link', {
    name: /第1步：个体工商户设立登记。（来源：个体工商户设立登记 · 事项名称）/,
  })
  fireEvent.click(step)
  expect(navigate).toHaveBeenLastCalledWith({
    url: '/packages/catalog/pages/guide/index?id=market-individual-setup&field=name',
  })
  fireEvent.click(screen.getByRole('button', { name: /一键代办/ }))
  expect(navigate).toHaveBeenLastCalledWith({
    url: '/packages/cases/pages/apply/index?kind=item&id=market-individual-setup',
  })
  navigate.mockRestore()
})

test('the conversation survives the app being killed: it resumes at the plan', async () => {
  const first = render(<GuideScreen />)
  fireEvent.click(screen.getByRole('button', { name: '我要开饭店' }))
  fireEvent.click(await screen.findByRole('button', { name: '个体工商户' }))
  await screen.findByText('开饭店（个体工商户）')
  first.unmount()
  ask.mockClear()
  render(<GuideScreen />)
  await screen.findByText('开饭店（个体工商户）')
  expect(ask).toHaveBeenCalledWith({
    text: '我要开饭店',
    answers: [{ question: 'restaurant-form', choice: 'individual' }],
  })
  fireEvent.click(screen.getByRole('button', { name: '重新说' }))
  await waitFor(() => expect(screen.queryByText('开饭店（个体工商户）')).toBeNull())
  expect(localStorage.getItem('gov.draft.guide.ask') ?? '').not.toContain('我要开饭店')
})

test('the question stands alone on its screen; a refused request says what to do', async () => {
  act(() => usePreferences.getState().setElderChoice('on'))
  render(<GuideScreen />)
  fireEvent.click(screen.getByRole('button', { name: '我要开饭店' }))
  await screen.findByText('您是以个体工商户还是公司开办？')
  expect(screen.queryByRole('button', { name: '帮我看看怎么办' })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '重新说' }))
  ask.mockRejectedValueOnce(
    new ApiError('business', '填写的信息有误', 400, 'VALIDATION_FAILED', {
      text: '没有看懂表情符号，请用文字说您要办什么',
    }),
  )
  fireEvent.click(await screen.findByRole('button', { name: '补办社保卡' }))
  await screen.findByText(/没有看懂表情符号/)
})

test('朗读 reads the plan in order and announces what was generated', () => {
  const text = planSpeech(plan)
  expect(text.startsWith('办事方案：开饭店（个体工商户）。以下由AI生成：')).toBe(true)
  expect(text).toContain('第1步：个体工商户设立登记。')
})

test('voice: hidden without speech recognition; where the browser has it, what is heard is asked', async () => {
  const { unmount } = render(<GuideScreen />)
  expect(screen.queryByRole('button', { name: '按一下，用说的' })).toBeNull()
  unmount()
  class FakeRecognition {
    lang = ''
    interimResults = true
    maxAlternatives = 5
    onresult: ((event: { results: { transcript: string }[][] }) => void) | null = null
    onerror: ((event: { error: string }) => void) | null = null
    onend: (() => void) | null = null
    start() {
      setTimeout(() => {
        this.onresult?.({ results: [[{ transcript: '我要开饭店' }]] })
        this.onend?.()
      }, 0)
    }
    stop() {
      this.onend?.()
    }
  }
  Object.assign(window, { webkitSpeechRecognition: FakeRecognition })
  render(<GuideScreen />)
  fireEvent.click(screen.getByRole('button', { name: '按一下，用说的' }))
  await screen.findByText('您是以个体工商户还是公司开办？')
  expect(ask).toHaveBeenLastCalledWith({ text: '我要开饭店', answers: [] })
  delete (window as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition
})

test('opened with words (?q=) asks them at once, over an older conversation', async () => {
  localStorage.setItem(
    'gov.draft.guide.ask',
    JSON.stringify({
      values: { text: '补办社保卡', asked: '补办社保卡', answers: '[]' },
      savedAt: new Date().toISOString(),
    }),
  )
  render(<GuideScreen initial='我要开饭店' />)
  await screen.findByText('您是以个体工商户还是公司开办？')
  expect(ask).toHaveBeenCalledTimes(1)
  expect(ask).toHaveBeenLastCalledWith({ text: '我要开饭店', answers: [] })
})
