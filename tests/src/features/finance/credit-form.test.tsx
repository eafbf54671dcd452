import { render, screen, waitFor } from '@testing-library/react'
import { CreditForm } from '../../../../src/features/finance/components/credit-form'
import { EMPTY_PROFILE_FORM, type EnterpriseProfile } from '../../../../src/services/contract'
import { call } from '../../../../src/services/http'

jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const profile: EnterpriseProfile = {
  enterpriseId: 'e1',
  enterpriseName: '包头市青山区示例软件有限公司',
  usccMasked: '9115**********123X',
  registration: [],
  form: {
    ...EMPTY_PROFILE_FORM,
    foundedOn: '2019-06-18',
    revenue: '300',
    taxCredit: 'B',
    qualifications: 'hitech',
  },
  sizeLabel: null,
  filled: 4,
  total: 14,
  updatedAt: null,
}

beforeEach(() => {
  localStorage.clear()
  callMock.mockReset()
  callMock.mockImplementation(() => Promise.resolve(profile) as unknown as ReturnType<typeof call>)
})

test('成立年限 comes from the founding date and is not asked again', async () => {
  jest.useFakeTimers({ now: new Date('2026-03-02T01:00:00Z'), doNotFake: ['setTimeout'] })
  render(<CreditForm />)
  expect(
    await screen.findByText('成立年限：5年以上（按企业画像中的成立日期2019-06-18计算）'),
  ).toBeInTheDocument()
  expect(screen.queryByRole('radiogroup', { name: '成立年限' })).toBeNull()
  jest.useRealTimers()
})

test('revenue, 纳税信用 and 资质 are filled from the 企业画像, open to change', async () => {
  render(<CreditForm />)
  await waitFor(() =>
    expect(screen.getByRole('radio', { name: /100万至500万元/ })).toHaveAttribute(
      'aria-checked',
      'true',
    ),
  )
  expect(screen.getByRole('radio', { name: /B级/ })).toHaveAttribute('aria-checked', 'true')
  expect(screen.getByRole('radio', { name: /高新技术企业/ })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  expect(
    screen.getByText('已按企业画像预填上年营业收入、纳税信用等级、企业资质，可以修改。'),
  ).toBeInTheDocument()
})
