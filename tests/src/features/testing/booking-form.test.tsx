import { act, fireEvent, render, screen } from '@testing-library/react'
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
  fullHalfDays: [],
}

beforeEach(() => localStorage.clear())

function datePicker() {
  const picker = screen.getByLabelText('采样日期').closest('taro-picker-core')
  if (!picker) throw new Error('the date opens a picker')
  return picker as HTMLElement & { range: string[] }
}

const pickDate = (index: number) =>
  act(() => {
    datePicker().dispatchEvent(
      new CustomEvent('change', { detail: { value: index }, bubbles: true }),
    )
  })

test('the date picker lists exactly the days the lab takes, weekends left out', () => {
  render(<BookingForm lab={lab} service='air' />)
  const picker = datePicker()
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

test('a day booked full is not offered, and a full half day says so and cannot be chosen', () => {
  const busy: Lab = {
    ...lab,
    fullHalfDays: [
      { date: '2026-03-09', slot: 'am' },
      { date: '2026-03-10', slot: 'am' },
      { date: '2026-03-10', slot: 'pm' },
    ],
  }
  render(<BookingForm lab={busy} service='air' />)
  expect(datePicker().range).toEqual(['3月6日 周五', '3月9日 周一'])
  expect(screen.getByText('另有1天已约满，未列出。')).toBeInTheDocument()

  fireEvent.click(screen.getByRole('radio', { name: /上午/ }))
  expect(screen.getByRole('radio', { name: /上午/ })).toHaveAttribute('aria-checked', 'true')
  // 上午 is full on 9 March: choosing that day lets go of it, and it cannot be chosen again.
  pickDate(1)
  const morning = screen.getByRole('radio', { name: /上午/ })
  expect(morning).toHaveTextContent('上午 9:00–12:00（已约满）')
  expect(morning).toHaveAttribute('aria-checked', 'false')
  expect(morning).toHaveAttribute('aria-disabled', 'true')
  fireEvent.click(morning)
  expect(morning).toHaveAttribute('aria-checked', 'false')
  fireEvent.click(screen.getByRole('radio', { name: /下午/ }))
  expect(screen.getByRole('radio', { name: /下午/ })).toHaveAttribute('aria-checked', 'true')
})
