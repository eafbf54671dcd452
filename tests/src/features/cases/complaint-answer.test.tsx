import { act, fireEvent, render, screen } from '@testing-library/react'
import type { Complaint } from '../../../../src/services/contract'
import { ComplaintScreen } from '../../../../src/features/cases/components/complaint-screen'
import { StaffComplaints } from '../../../../src/features/cases/components/complaint-answer'
import { call } from '../../../../src/services/http'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const complaint = (id: string, answer: Complaint['answer'] = null): Complaint => ({
  id,
  number: `TS2026030200${id}`,
  kind: 'complaint',
  content: `示例投诉 ${id}：提交三天了还没有受理`,
  case: null,
  phone: null,
  replyDue: '2026-03-09',
  createdAt: '2026-03-02T01:00:00.000Z',
  answer,
})
const ANSWER = {
  text: '经核查，材料已审核通过，办件已受理。',
  answeredAt: '2026-03-03T02:00:00.000Z',
  onTime: true,
}

function answerWith(items: Complaint[]) {
  callMock.mockImplementation(
    (key) =>
      Promise.resolve(
        key === 'POST /api/v1/staff/complaints/:id/answer' ? items[0] : { items },
      ) as unknown as ReturnType<typeof call>,
  )
}

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
})

test('opened from its message, the answered complaint comes first with its answer, and no form', async () => {
  answerWith([complaint('01'), complaint('02', ANSWER)])
  render(<ComplaintScreen caseId={undefined} openId='02' />)
  expect(await screen.findByText(`答复：${ANSWER.text}`)).toBeInTheDocument()
  const titles = screen.getAllByText(/^投诉 · /).map((t) => t.textContent)
  expect(titles).toEqual(['投诉 · TS202603020002', '投诉 · TS202603020001'])
  expect(screen.getByText('待答复')).toBeInTheDocument()
  expect(screen.queryByLabelText('投诉内容')).toBeNull()
})

test('the staff desk answers an unanswered complaint, refusing a too short answer first', async () => {
  answerWith([complaint('03')])
  render(<StaffComplaints />)
  await screen.findByLabelText('答复内容')
  type('答复内容', '已处理')
  fireEvent.click(screen.getByRole('button', { name: '提交答复' }))
  expect(await screen.findByText(/至少写10个字/)).toBeInTheDocument()
  expect(callMock).not.toHaveBeenCalledWith(
    'POST /api/v1/staff/complaints/:id/answer',
    expect.anything(),
  )
  type('答复内容', ANSWER.text)
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '提交答复' }))
  })
  expect(callMock).toHaveBeenCalledWith('POST /api/v1/staff/complaints/:id/answer', {
    params: { id: '03' },
    body: { answer: ANSWER.text },
  })
})
