import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { searchItems } from '../../../../src/features/catalog/api'
import { ItemSearch } from '../../../../src/features/catalog/components/item-search'
import { openPage } from '../../../../src/platform/navigation'
import type { ItemSummary, SearchResult } from '../../../../src/services/contract'
import { routes } from '../../../../src/utils/routes'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../../src/features/catalog/api', () => ({ searchItems: jest.fn() }))
jest.mock('../../../../src/platform/navigation', () => ({ openPage: jest.fn() }))

const birth: ItemSummary = {
  id: 'police-birth-registration',
  code: 'code-birth',
  name: '出生登记（新生儿落户）',
  type: 'public_service',
  category: '公共服务',
  department: '公安分局',
  audiences: ['personal'],
  scenes: ['出生'],
  scopes: ['city'],
  promisedDays: 0,
  visits: 1,
  online: false,
  sample: false,
}

const answer: SearchResult = {
  hits: [{ item: birth, matchedBy: 'name', highlight: [], terms: ['生孩子'] }],
  bundles: [
    {
      bundle: {
        id: 'bundle-newborn',
        name: '新生儿出生一件事',
        scene: '出生',
        audience: 'personal',
        itemCount: 4,
        promisedDays: 1,
      },
      terms: ['生孩子'],
    },
  ],
  related: [],
  tookMs: 0.2,
}

/** Taro's H5 Input emits a CustomEvent whose detail carries the value, as on WeChat. */
function type(value: string) {
  const input = screen.getByLabelText('搜索事项')
  ;(input as HTMLInputElement).value = value
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

test('a 一件事 the question is about comes first in the results and opens the bundle', async () => {
  jest.mocked(searchItems).mockResolvedValue(answer)
  render(<ItemSearch audience='personal' />)
  type('生孩子要办什么')
  const results = await screen.findByLabelText('搜索结果')
  const buttons = within(results).getAllByRole('button')
  expect(buttons[0]?.textContent).toContain('新生儿出生一件事')
  expect(buttons[0]?.textContent).toContain('4个事项一次办')
  expect(buttons[1]?.textContent).toContain('出生登记')
  expect(searchItems).toHaveBeenCalledWith('生孩子要办什么', 'personal')
  fireEvent.click(buttons[0] as HTMLElement)
  expect(openPage).toHaveBeenCalledWith(routes.bundle('bundle-newborn'))
})

test('an answer from a server without bundles still lists its items', async () => {
  jest.mocked(searchItems).mockResolvedValue({ ...answer, bundles: undefined })
  render(<ItemSearch />)
  type('出生登记')
  const results = await screen.findByLabelText('搜索结果')
  expect(within(results).getAllByRole('button')[0]?.textContent).toContain('出生登记')
})
