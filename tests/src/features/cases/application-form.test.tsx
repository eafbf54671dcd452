import { fireEvent, render, screen } from '@testing-library/react'
import { ApplicationForm } from '../../../../src/features/cases/components/application-form'
import type { CaseForm } from '../../../../src/services/contract'

const ITEMS = ['企业设立登记', '公章刻制', '税务信息确认'].map((name, i) => ({ id: `i${i}`, name }))
const names = ITEMS.map((i) => i.name)

const form: CaseForm = {
  source: { kind: 'bundle', id: 'bundle-enterprise-setup' },
  title: '企业开办一件事',
  items: ITEMS,
  fields: [
    { key: 'enterpriseName', label: '企业（主体）名称', rule: 'text', forItems: names },
    {
      key: 'enterpriseType',
      label: '主体类型',
      rule: 'choice',
      choices: ['有限责任公司（自然人独资）', '个人独资企业'],
      forItems: names,
    },
    { key: 'birthDate', label: '出生日期', rule: 'date', forItems: names },
  ],
  materials: [],
  promisedDays: 1,
}

function renderForm() {
  render(
    <ApplicationForm
      form={form}
      draftId='test-setup'
      licences={[]}
      submitLabel='提交'
      send={jest.fn()}
      onSent={jest.fn()}
    />,
  )
}

test('a choice field is answered by tapping one of its answers, not by typing', () => {
  renderForm()
  const group = screen.getByRole('radiogroup', { name: '主体类型' })
  expect(screen.queryByRole('textbox', { name: '主体类型' })).toBeNull()
  fireEvent.click(screen.getByRole('radio', { name: /个人独资企业/ }))
  expect(screen.getByRole('radio', { name: /个人独资企业/ })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  expect(group).toBeInTheDocument()
})

test('出生日期 opens a date picker instead of a free text box', () => {
  renderForm()
  expect(screen.queryByRole('textbox', { name: '出生日期' })).toBeNull()
  const opener = screen.getByLabelText('出生日期 未选择')
  expect(opener).toHaveTextContent('点此选择日期')
  expect(opener.closest('taro-picker-core')).toHaveAttribute('mode', 'date')
})

test('the shared-by-N-items note is one line at the top, not a caption under every field', () => {
  renderForm()
  expect(screen.getAllByText(/共用/)).toHaveLength(1)
  expect(screen.getByText('以下信息只填一次，3个事项共用。')).toBeInTheDocument()
})
