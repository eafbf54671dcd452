import { act, fireEvent, render, screen } from '@testing-library/react'
import type { CaseDetail } from '../../../../src/services/contract'
import { CorrectionPicker } from '../../../../src/features/cases/components/correction-picker'
import { ReadinessCard } from '../../../../src/features/cases/components/readiness-card'

/** Taro's Input reports typing as a CustomEvent carrying `detail.value`. */
function type(label: string, value: string) {
  const input = screen.getByLabelText(label)
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

const detail = {
  fields: [{ key: 'phone', label: '联系电话', value: '138****5678' }],
  materials: [
    { materialId: 'photo', name: '近期免冠证件照片', required: true, licence: null, files: [] },
  ],
} as unknown as CaseDetail

test('the 补正 list is sent once every ticked item has its reason', () => {
  const onSend = jest.fn()
  render(<CorrectionPicker detail={detail} sending={false} onSend={onSend} />)
  expect(screen.getByRole('button', { name: '请先勾选补正内容' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  fireEvent.click(screen.getByRole('checkbox', { name: /近期免冠证件照片/ }))
  fireEvent.click(screen.getByRole('checkbox', { name: /联系电话/ }))
  expect(screen.getByRole('checkbox', { name: /联系电话/ })).toHaveAttribute('aria-checked', 'true')
  const blocked = screen.getByRole('button', { name: '还有2项没写原因' })
  fireEvent.click(blocked)
  expect(onSend).not.toHaveBeenCalled()
  type('近期免冠证件照片的补正原因', '背景不是白色')
  type('联系电话的补正原因', ' 无法接通 ')
  fireEvent.click(screen.getByRole('button', { name: '一次性告知补正（2项）' }))
  expect(onSend).toHaveBeenCalledWith([
    { target: 'material:photo', reason: '背景不是白色' },
    { target: 'field:phone', reason: '无法接通' },
  ])
})

test('材料体检 shows its score and, once asked, every problem in words', () => {
  const inspection = {
    score: 50,
    ready: false,
    issues: [
      {
        target: 'field:idNumber',
        label: '公民身份号码',
        severity: 'block' as const,
        message: '校验码不正确',
      },
      { target: 'material:photo', label: '照片', severity: 'warn' as const, message: '分辨率过低' },
    ],
  }
  const { rerender } = render(<ReadinessCard inspection={inspection} shown={false} />)
  expect(screen.getByText('50分')).toBeInTheDocument()
  expect(screen.getByText('还有1项需要处理，点“材料体检”逐项查看')).toBeInTheDocument()
  expect(screen.queryByText(/校验码不正确/)).toBeNull()
  rerender(<ReadinessCard inspection={inspection} shown />)
  expect(screen.getByText('✗ 公民身份号码：校验码不正确')).toBeInTheDocument()
  expect(screen.getByText('! 照片：分辨率过低')).toBeInTheDocument()
})
