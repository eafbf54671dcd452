import { fireEvent, render, screen } from '@testing-library/react'
import { ConditionList } from '../../../../src/features/policy/components/condition-list'
import { QualificationPicker } from '../../../../src/features/policy/components/qualification-picker'

test('each condition says met / not met / missing in words, with the change that would qualify', () => {
  render(
    <ConditionList
      rows={[
        {
          kind: 'leaf',
          depth: 0,
          status: 'met',
          clause: '依法参加失业保险',
          actual: '按时足额缴纳失业保险：是',
          suggestion: null,
        },
        {
          kind: 'any',
          depth: 0,
          status: 'unmet',
          clause: '满足以下任一条件',
          actual: null,
          suggestion: null,
        },
        {
          kind: 'leaf',
          depth: 1,
          status: 'unmet',
          clause: '参保职工10人以上',
          actual: '从业人数：8人',
          suggestion: '从业人数再增加2人即可',
        },
        {
          kind: 'leaf',
          depth: 1,
          status: 'unknown',
          clause: '纳税信用等级为A级',
          actual: null,
          suggestion: null,
        },
      ]}
    />,
  )
  const items = screen.getAllByRole('listitem')
  expect(items).toHaveLength(4)
  expect(items[0]).toHaveTextContent('✓ 已满足依法参加失业保险您的情况：按时足额缴纳失业保险：是')
  expect(items[2]).toHaveTextContent(
    '✗ 未满足参保职工10人以上您的情况：从业人数：8人→ 从业人数再增加2人即可',
  )
  expect(items[3]).toHaveTextContent('? 待补充纳税信用等级为A级企业画像中尚未填写')
  expect(items[1]).toHaveTextContent('✗ 未满足满足以下任一条件下列各项满足其一即可')
})

test('qualification boxes are checkboxes that report their state', () => {
  const changes: string[] = []
  render(<QualificationPicker value='hitech' onChange={(v) => changes.push(v)} />)
  expect(screen.getByRole('checkbox', { name: /高新技术企业/ })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  expect(screen.getByRole('checkbox', { name: /以上都没有/ })).toHaveAttribute(
    'aria-checked',
    'false',
  )
  fireEvent.click(screen.getByRole('checkbox', { name: /专精特新中小企业/ }))
  fireEvent.click(screen.getByRole('checkbox', { name: /以上都没有/ }))
  expect(changes).toEqual(['hitech,srdi', 'none'])
})
