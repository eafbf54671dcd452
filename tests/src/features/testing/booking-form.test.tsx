import { act, render, screen } from '@testing-library/react'
import { BookingForm } from '../../../../src/features/labs/components/booking-form'
import type { Lab } from '../../../../src/services/contract'

const lab: Lab = {
  id: 'lab-env',
  name: '青山区示例室内环境检测有限公司',
  cma: 'CMA 示例',
  address: '科技大厦3楼',
  phone: '0472-0000000',
  services: ['air'],
  priceText: '示例价格',
  hours: '工作日 9:00–17:30',
  sample: true,
  bookableDates: ['2026-03-06', '2026-03-09', '2026-03-10'],
}

beforeEach(() => localStorage.clear())

test('the date picker lists exactly the days the lab takes, weekends left out', () => {
  render(<BookingForm lab={lab} service='air' />)
  const picker = screen.getByLabelText('采样日期').closest('taro-picker-core')
  if (!picker) throw new Error('the date opens a picker')
  expect(picker).toHaveAttribute('mode', 'selector')
  expect((picker as unknown as { range: string[] }).range).toEqual([
    '3月6日 周五',
    '3月9日 周一',
    '3月10日 周二',
  ])
  act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value: 1 }, bubbles: true }))
  })
  expect(screen.getByLabelText('采样日期')).toHaveTextContent('3月9日 周一（点此修改）')
})
