// 立改废 in the app: the guide says when its content last changed; a favourite whose item was
// 废止 says so (with the date) instead of linking to a guide that is gone.
import { render, screen } from '@testing-library/react'
import { FavoriteList } from '../../../../src/features/catalog/components/favorite-list'
import GuidePage from '../../../../src/packages/catalog/pages/guide/index'
import { ApiError } from '../../../../src/services/http/api-error'
import { GuideView } from '../../../../src/features/catalog/components/guide-view'
import type { Guide, ItemSummary } from '../../../../src/services/contract'
import { call } from '../../../../src/services/http'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
jest.mock('../../../../src/platform/navigation', () => ({
  ...jest.requireActual('../../../../src/platform/navigation'),
  currentParams: () => ({ id: 'urban-construction-waste' }),
}))
const callMock = call as jest.MockedFunction<typeof call>

const item: ItemSummary = {
  id: 'hrss-card-loss',
  code: '11150204MB0000000X440104001000',
  name: '社会保障卡挂失与补换',
  type: 'public_service',
  category: '公共服务',
  department: '青山区人力资源和社会保障局',
  audiences: ['personal'],
  scenes: [],
  scopes: [],
  promisedDays: 0,
  sample: false,
  visits: 1,
  online: true,
}

const guide: Guide = {
  item,
  conditions: [],
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

beforeEach(() => {
  callMock.mockReset()
  callMock.mockImplementation(() => Promise.resolve({ items: [] }) as never)
})

test('the guide says the day its content last changed', () => {
  render(<GuideView guide={{ ...guide, updatedOn: '2026-12-05' }} />)
  expect(screen.getByText('本指南更新于2026年12月5日')).toBeTruthy()
})

test('a guide without an update day says nothing about it', () => {
  render(<GuideView guide={guide} />)
  expect(screen.queryByText(/本指南更新于/)).toBeNull()
})

test('a favourite 废止 since a past day is marked 已废止, not a link; one retiring later is still a card', async () => {
  callMock.mockImplementation(
    () =>
      Promise.resolve({
        items: [
          { ...item, retiredOn: '2026-01-01' },
          { ...item, id: 'later', name: '以后才废止的事项', retiredOn: '2999-01-01' },
        ],
      }) as never,
  )
  render(<FavoriteList />)
  const retired = await screen.findByLabelText('社会保障卡挂失与补换（已废止）')
  expect(retired.textContent).toContain('该事项已于2026年1月1日废止')
  expect(screen.getByRole('button', { name: '以后才废止的事项' })).toBeTruthy()
})

test('a guide 废止 since a past day says so and offers the items in force, not 重试', async () => {
  const message = '该事项已于2026年1月1日废止，请返回重新搜索现行事项'
  callMock.mockImplementation(() =>
    Promise.reject(new ApiError('business', message, 404, 'CATALOG_ITEM_RETIRED')),
  )
  render(<GuidePage />)
  await screen.findByText(message)
  expect(screen.getByRole('button', { name: '搜索现行事项' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
})
