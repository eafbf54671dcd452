import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import ServicesPage from '../../../src/pages/services/index'
import type { ItemSummary } from '../../../src/services/contract'
import { call } from '../../../src/services/http'
import { usePreferences } from '../../../src/stores/preferences'
import { KNOWN_ITEMS } from '../../../src/utils/known-items'

jest.mock('../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const summary = (id: string): ItemSummary => ({
  id,
  name: `事项 ${id}`,
  sample: false,
  department: '青山区政务服务局',
  category: '公共服务',
  audiences: ['personal'],
  scenes: [],
  scopes: [],
  promisedDays: 1,
  visits: 0,
  online: true,
  code: '000000',
  type: 'public_service',
})

/** Answers a guide for every id; the rest of the catalog answers with one page of 20 items. */
beforeEach(() => {
  localStorage.clear()
  usePreferences.setState(usePreferences.getInitialState())
  callMock.mockReset()
  callMock.mockImplementation(((endpoint: string, options?: { params?: { id: string } }) =>
    Promise.resolve(
      endpoint === 'GET /api/v1/catalog/items/:id'
        ? { item: summary(options?.params?.id ?? '') }
        : {
            items: [],
            total: 1146,
            page: 1,
            pageSize: 20,
            scenes: [],
            departments: [],
            types: [],
            scopes: [],
          },
    )) as unknown as typeof call)
})

test('长辈模式 办事指南 is the short list of what older people do, each a real catalog item', async () => {
  usePreferences.setState({ elderChoice: 'on' })
  render(<ServicesPage />)
  const list = await screen.findByLabelText('老年人常办的事')
  for (const id of [
    KNOWN_ITEMS.pensionQualification,
    KNOWN_ITEMS.medicalPremium,
    KNOWN_ITEMS.socialCardApply,
    KNOWN_ITEMS.seniorAllowance,
    KNOWN_ITEMS.seniorCard,
  ])
    expect(await within(list).findByRole('button', { name: `事项 ${id}` })).toBeTruthy()
  expect(screen.getByRole('button', { name: /生活缴费/ })).toBeTruthy()
  expect(screen.getByRole('button', { name: /预约办事/ })).toBeTruthy()
  // No 法人 filter, no 32 scenes: the full catalogue is one deliberate tap away.
  expect(screen.queryByText('法人')).toBeNull()
  expect(callMock).not.toHaveBeenCalledWith('GET /api/v1/catalog/facets', expect.anything())
  expect(callMock).not.toHaveBeenCalledWith('GET /api/v1/catalog/items', expect.anything())
  fireEvent.click(screen.getByRole('button', { name: '看全部办事事项' }))
  expect(screen.queryByLabelText('老年人常办的事')).toBeNull()
  expect(await screen.findByText(/这个分类下暂时没有事项/)).toBeTruthy()
  await waitFor(() => expect(document.querySelector('.gov-async--loading')).toBeNull())
})

test('an item that disappears is left out; the others still show', async () => {
  usePreferences.setState({ elderChoice: 'on' })
  const answer = callMock.getMockImplementation()
  callMock.mockImplementation(((endpoint: string, options?: { params?: { id: string } }) =>
    options?.params?.id === KNOWN_ITEMS.seniorCard
      ? Promise.reject(new Error('404'))
      : answer?.(endpoint as never, options as never)) as unknown as typeof call)
  render(<ServicesPage />)
  const list = await screen.findByLabelText('老年人常办的事')
  expect(
    await within(list).findByRole('button', { name: `事项 ${KNOWN_ITEMS.pensionQualification}` }),
  ).toBeTruthy()
  expect(within(list).queryByRole('button', { name: `事项 ${KNOWN_ITEMS.seniorCard}` })).toBeNull()
})

test('normal mode keeps the full catalogue', async () => {
  usePreferences.setState({ elderChoice: 'off' })
  render(<ServicesPage />)
  expect(await screen.findByText(/这个分类下暂时没有事项/)).toBeTruthy()
  await waitFor(() => expect(document.querySelector('.gov-async--loading')).toBeNull())
  expect(screen.queryByLabelText('老年人常办的事')).toBeNull()
})
