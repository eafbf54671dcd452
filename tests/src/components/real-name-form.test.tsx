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
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存实名信息' })))
  expect(screen.getByRole('alert')).toHaveTextContent('校验码不正确')
  expect(callMock).not.toHaveBeenCalled()
})

test('a valid submission is sent once, the draft is deleted and success is shown', async () => {
  const profile = {
    id: 'u1',
    nickname: '青山用户0001',
    roles: [],
    enterprises: [],
    activeEnterpriseId: null,
    realName: { nameMasked: '张*', idNumberMasked: '1502**********' + validId.slice(-4) },
    contact: { nameMasked: '张*', phoneMasked: null },
  }
  callMock.mockResolvedValue(profile)
  const view = render(<RealNameForm />)
  type('姓名', '张三')
  type('居民身份证号', validId.toLowerCase())
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存实名信息' })))
  expect(callMock).toHaveBeenCalledWith('PUT /api/v1/me/real-name', {
    body: { name: '张三', idNumber: validId },
  })
  expect(screen.getByText('实名信息已保存')).toBeInTheDocument()
  expect(useSession.getState().profile?.realName?.nameMasked).toBe('张*')
  view.unmount()
  render(<RealNameForm />)
  expect(screen.queryByText(/已恢复/)).not.toBeInTheDocument()
  expect(valueOf('姓名')).toBe('')
})

test('field errors from the server land on the field', async () => {
  callMock.mockRejectedValue(
    new ApiError('business', '提交的信息有误，请按提示修改', 400, 'VALIDATION_FAILED', {
      name: '姓名与身份证号不一致，请核对',
    }),
  )
  render(<RealNameForm />)
  type('姓名', '张三')
  type('居民身份证号', validId)
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '保存实名信息' })))
  expect(screen.getByText('提交的信息有误，请按提示修改')).toBeInTheDocument()
  expect(screen.getByText(/姓名与身份证号不一致/)).toBeInTheDocument()
})
