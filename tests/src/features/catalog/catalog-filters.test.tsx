import { fireEvent, render, screen } from '@testing-library/react'
import { CatalogFilters } from '../../../../src/features/catalog/components/catalog-filters'
import type { Facets } from '../../../../src/services/contract'

const scenes = [
  '住房',
  '生活服务',
  '社保医保',
  '不动产',
  '就业创业',
  '退休养老',
  '农牧水利',
  '纳税缴费',
  '婚育收养',
]
const facets: Facets = {
  scenes: scenes.map((name, i) => ({ name, audience: 'personal', count: 100 - i })),
  departments: [{ name: '青山区民政局', count: 12 }],
  types: [],
  scopes: [],
}

test('while the facets load, 个人/法人 and 通办范围 already work and the scenes are placeholder chips', () => {
  const onChange = jest.fn()
  const { container } = render(
    <CatalogFilters facets={undefined} filter={{ audience: 'personal' }} onChange={onChange} />,
  )
  // Nine chips (全部 and eight scenes) reserve the rows the scenes will take, unseen by screen readers.
  const placeholder = container.querySelector('.gov-chips[aria-hidden="true"]')
  expect(placeholder?.querySelectorAll('.gov-chips__chip')).toHaveLength(9)
  expect(screen.queryByRole('radiogroup', { name: '场景' })).toBeNull()
  expect(screen.getByText('展开全部场景')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('radio', { name: '法人办事' }))
  expect(onChange).toHaveBeenCalledWith({ audience: 'enterprise' })
})

test('loaded, the first eight scenes take the placeholder’s place with their counts', () => {
  const { container } = render(
    <CatalogFilters facets={facets} filter={{ audience: 'personal' }} onChange={jest.fn()} />,
  )
  expect(container.querySelector('.gov-chips[aria-hidden="true"]')).toBeNull()
  const sceneChips = screen
    .getByRole('radiogroup', { name: '场景' })
    .querySelectorAll('[role=radio]')
  expect(sceneChips).toHaveLength(9)
  expect(screen.getByText('展开全部 9 个场景')).toBeInTheDocument()
})
