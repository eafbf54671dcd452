import { render, screen } from '@testing-library/react'
import { BundleView } from '../../../../src/features/catalog/components/bundle-view'
import type { Bundle, ItemSummary } from '../../../../src/services/contract'

// The page's 朗读 stops when the page is hidden.
jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)

const item = (id: string, department: string, visits: number): ItemSummary => ({
  id,
  code: `code-${id}`,
  name: id,
  type: 'application',
  category: '公共服务',
  department,
  audiences: ['personal'],
  scenes: ['出生'],
  scopes: ['city'],
  promisedDays: 0,
  visits,
  online: visits === 0,
  sample: false,
})

/** 新生儿出生一件事 as served: every member 即办, the bundle 承诺1个工作日. */
const newborn: Bundle = {
  id: 'bundle-newborn',
  name: '新生儿出生一件事',
  scene: '出生',
  audience: 'personal',
  description: '出生登记、医保参保、社保卡申领和预防接种证联办。',
  items: [
    item('出生登记', '公安分局', 0),
    item('城乡居民医保参保', '医疗保障局', 0),
    item('社会保障卡申领', '人力资源和社会保障局', 1),
    item('预防接种证办理', '卫生健康委员会', 1),
  ],
  materials: [],
  fields: [],
  promisedDays: 1,
  separateDays: 0,
  visits: 1,
  separateVisits: 2,
}

test('a bundle slower than its 即办 members says so and why, never “合计即办” beside “承诺1个工作日”', () => {
  render(<BundleView bundle={newborn} />)
  const comparison = screen.getByLabelText('一起办和分别办的比较')
  expect(comparison.textContent).not.toMatch(/合计\s*即办/)
  expect(screen.getByText('一起办：承诺1个工作日内全部办结，最多跑一次')).toBeTruthy()
  expect(screen.getByText(/^分别办：4个事项每项都是即办/)).toBeTruthy()
  expect(
    screen.getByText(
      /^为什么一起办要多1个工作日：4个部门在后台依次接续办理，您不用逐个窗口去跑，少跑1次。/,
    ),
  ).toBeTruthy()
})
