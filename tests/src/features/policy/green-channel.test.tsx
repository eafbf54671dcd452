import { act, render, screen, waitFor } from '@testing-library/react'
import PolicyGreenPage from '../../../../src/packages/policy/pages/green/index'
import type { PreReview } from '../../../../src/services/contract'
import { call } from '../../../../src/services/http'
import { showPage } from '../../../support/page-events'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const review: PreReview = {
  id: 'pr1',
  kind: 'policy',
  title: '小微企业稳岗返还',
  outcome: 'pass',
  reasons: [],
  nextSteps: ['到“我的办件”提交申报材料'],
  submit: null,
  createdAt: '2026-03-02T01:00:00.000Z',
}

let reviews: PreReview[]
beforeEach(() => {
  reviews = []
  callMock.mockReset()
  callMock.mockImplementation(
    (endpoint) =>
      Promise.resolve(
        endpoint === 'GET /api/v1/policy/prereviews' ? { items: reviews } : { items: [] },
      ) as ReturnType<typeof call>,
  )
})

test('back from a policy’s 申报, 预审记录 lists the pre-review made there', async () => {
  render(<PolicyGreenPage />)
  expect(await screen.findByText('预审记录（0）')).toBeTruthy()

  reviews = [review] // 申报 on the policy detail page made a pre-review
  await act(async () => showPage())
  await waitFor(() => expect(screen.getByText('预审记录（1）')).toBeTruthy())
  expect(screen.getByText(/小微企业稳岗返还/)).toBeTruthy()
})
