import { fireEvent, render, screen } from '@testing-library/react'
import type { PolicyDetail as Detail, PreReview } from '../../../../src/services/contract'
import { PolicyDetail } from '../../../../src/features/policy/components/policy-detail'
import { PreReviewResult } from '../../../../src/features/policy/components/prereview-result'
import { openPage } from '../../../../src/platform/navigation'
import { routes } from '../../../../src/utils/routes'

jest.mock('../../../../src/platform/navigation', () => ({ openPage: jest.fn() }))

const passed: PreReview = {
  id: 'prv-1',
  kind: 'policy',
  title: '政策兑现预审：一次性扩岗补助',
  outcome: 'pass',
  reasons: ['符合：依法参加失业保险并按时足额缴纳'],
  nextSteps: [
    '下一步提交申报材料：营业执照、劳动合同',
    '提交地点：青山区政务服务中心 企业智惠服务专区（青山区人力资源和社会保障局窗口），到现场取号后交窗口',
  ],
  submit: {
    materials: ['营业执照', '劳动合同'],
    place: '青山区政务服务中心 企业智惠服务专区（青山区人力资源和社会保障局窗口）',
    deadline: '2026-12-31',
    zoneId: 'enterprise',
  },
  createdAt: '2026-11-26T08:00:00.000Z',
}

test('预审通过 says what to submit and where, with a button that goes there', () => {
  render(<PreReviewResult review={passed} />)
  expect(screen.getByText(/下一步提交申报材料：营业执照、劳动合同/)).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '去提交地点：企业智惠服务专区' }))
  expect(openPage).toHaveBeenCalledWith(routes.zone('enterprise'))
})

test('a failed review has no button to a submission place', () => {
  render(<PreReviewResult review={{ ...passed, outcome: 'fail', submit: null }} />)
  expect(screen.queryByRole('button')).toBeNull()
})

const detailOf = (mode: 'auto' | 'apply'): Detail =>
  ({
    match: {
      policy: {
        id: 'p',
        title: '某项政策',
        level: 'national',
        department: '青山区税务局',
        category: '税费减免',
        mode,
        amount: '减半',
        deadline: null,
        publishedOn: '2024-01-01',
      },
      status: 'full',
      met: 1,
      total: 1,
      suggestions: [],
      missing: [],
    },
    conditions: [],
    summary: '说明',
    basis: '依据',
    materials: mode === 'apply' ? ['营业执照'] : [],
    contact: '12345',
  }) as Detail

test('a policy page says 免申即享 or 自行申报, never both', () => {
  const { container, unmount } = render(<PolicyDetail detail={detailOf('apply')} />)
  expect(container.textContent).toContain('办理方式：自行申报')
  expect(container.textContent).not.toContain('免申')
  unmount()
  const auto = render(<PolicyDetail detail={detailOf('auto')} />)
  expect(auto.container.textContent).toContain('办理方式：免申即享')
  expect(auto.container.textContent).not.toMatch(/自行申报|无需申报/)
})
