import { act, fireEvent, render, screen } from '@testing-library/react'
import { ComplaintScreen } from '../../../../src/features/cases/components/complaint-screen'
import { call } from '../../../../src/services/http'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const SHORT = /至少写10个字/

function type(label: string, value: string) {
  const box = screen.getByLabelText(label)
  ;(box as HTMLTextAreaElement).value = value
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

beforeEach(() => {
  localStorage.clear()
  callMock.mockReset()
  callMock.mockImplementation(
    () => Promise.resolve({ items: [] }) as unknown as ReturnType<typeof call>,
  )
})

test('the complaint is written in a multi-line box', async () => {
  render(<ComplaintScreen caseId={undefined} />)
  const box = await screen.findByLabelText('投诉内容')
  expect(box.tagName.toLowerCase()).toBe('taro-textarea-core')
})

test('“至少10个字” stays while the text is short and clears once it is long enough', async () => {
  render(<ComplaintScreen caseId={undefined} />)
  await screen.findByLabelText('投诉内容')
  type('投诉内容', '太慢了')
  fireEvent.click(screen.getByRole('button', { name: '提交投诉' }))
  expect(await screen.findByText(SHORT)).toBeInTheDocument()
  type('投诉内容', '窗口排队太慢了')
  expect(screen.getByText(SHORT)).toBeInTheDocument()
  type('投诉内容', '窗口排队太慢了，等了两个小时')
  expect(screen.queryByText(SHORT)).toBeNull()
})
