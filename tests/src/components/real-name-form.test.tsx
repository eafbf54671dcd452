import { act, fireEvent, render, screen } from '@testing-library/react'
import { RealNameForm } from '../../../src/features/account/components/real-name-form'
import { idNumberCheckChar } from '../../../src/services/contract'
import { useSession } from '../../../src/stores/session'
import { ApiError, call } from '../../../src/services/http'

jest.mock('../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const body = '15020419560308123'
const validId = body + idNumberCheckChar(body)

/** Taro's H5 Input is a custom element: its value lives on the host's `value` property. */
const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value

/** Taro's H5 Input emits a CustomEvent whose detail carries the value, as on WeChat. */
function type(label: string, value: string) {
  const input = screen.getByLabelText(label)
  ;(input as HTMLInputElement).value = value
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

beforeEach(() => {
  localStorage.clear()
  useSession.setState(useSession.getInitialState())
  callMock.mockReset()
})

test('what was typed survives the form being destroyed (app killed) and is offered back', () => {
  const first = render(<RealNameForm />)
  type('姓名', '张三')
  type('居民身份证号', '1502041956')
  first.unmount()

  render(<RealNameForm />)
  expect(screen.getByText(/已恢复您.*未提交的填写内容/)).toBeInTheDocument()
  expect(valueOf('姓名')).toBe('张三')
  expect(valueOf('居民身份证号')).toBe('1502041956')
})

test('a wrong check digit is refused on the phone with the reason, without calling the server', async () => {
  render(<RealNameForm />)
  type('姓名', '张三')
  type('居民身份证号', body + (validId.endsWith('1') ? '2' : '1'))
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '获取验证码' })))
  expect(screen.getByRole('alert')).toHaveTextContent('校验码不正确')
  expect(callMock).not.toHaveBeenCalled()
})

const verification = {
  id: 'v1',
  method: 'sms' as const,
  phoneMasked: '138****0004',
  faceVerifyId: null,
  expiresAt: new Date(Date.now() + 300_000).toISOString(),
  attemptsLeft: 5,
}
const verified = {
  id: 'u1',
  nickname: '青山用户0001',
  roles: [],
  enterprises: [],
  activeEnterpriseId: null,
  realName: {
    nameMasked: '张*',
    idNumberMasked: '1502**********' + validId.slice(-4),
    method: 'sms' as const,
    verifiedAt: '2026-12-05T01:00:00.000Z',
  },
  realNameMovedAt: null,
  contact: { nameMasked: '张*', phoneMasked: null },
}

test('nothing is stored before the code: the claim starts a verification, the code step survives a restart', async () => {
  callMock.mockResolvedValueOnce(verification)
  const first = render(<RealNameForm />)
  type('姓名', '张三')
  type('居民身份证号', validId.toLowerCase())
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '获取验证码' })))
  expect(callMock).toHaveBeenCalledWith('POST /api/v1/me/identity/verifications', {
    body: { name: '张三', idNumber: validId },
  })
  expect(screen.getByText(/验证码已发送至人口库登记的手机 138\*{4}0004/)).toBeInTheDocument()
  expect(useSession.getState().profile).toBeNull()
  type('短信验证码', '12345')
  first.unmount()

  // WeChat killed the app while the SMS was on its way: the code step comes back.
  render(<RealNameForm />)
  expect(valueOf('短信验证码')).toBe('12345')
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '确认核验' })))
  expect(screen.getByRole('alert')).toHaveTextContent('请输入短信中的6位数字验证码')
  expect(callMock).toHaveBeenCalledTimes(1)
})

test('the right code proves the identity: the profile shows it masked with how it was proven', async () => {
  callMock.mockResolvedValueOnce(verification).mockResolvedValueOnce(verified)
  render(<RealNameForm />)
  type('姓名', '张三')
  type('居民身份证号', validId)
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '获取验证码' })))
  type('短信验证码', '123456')
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '确认核验' })))
  expect(callMock).toHaveBeenLastCalledWith('POST /api/v1/me/identity/verifications/:id/confirm', {
    params: { id: 'v1' },
    body: { code: '123456' },
  })
  expect(useSession.getState().profile?.realName?.nameMasked).toBe('张*')
  expect(
    screen.getByText(/已通过实名核验：张\*，身份证 1502\*{10}\d{3}[\dX]（人口库登记手机验证码/),
  ).toBeInTheDocument()
})

test('a wrong code says how many tries are left and keeps the code step', async () => {
  callMock
    .mockResolvedValueOnce(verification)
    .mockRejectedValueOnce(
      new ApiError('business', '验证码不正确，还可以再试4次', 400, 'VERIFICATION_CODE_WRONG'),
    )
  render(<RealNameForm />)
  type('姓名', '张三')
  type('居民身份证号', validId)
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '获取验证码' })))
  type('短信验证码', '000000')
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '确认核验' })))
  expect(screen.getByRole('alert')).toHaveTextContent('验证码不正确，还可以再试4次')
  expect(screen.getByRole('button', { name: '确认核验' })).toBeInTheDocument()
})
