import { render } from '@testing-library/react'
import { Icon } from '../../../src/components/icon/index.h5'
import { ICONS } from '../../../src/components/icon/shapes'

test('H5 draws an icon as inline SVG (no SVG document per image), in its token colour and hidden from screen readers', () => {
  const { container } = render(<Icon name='calendar' size='tile' />)
  const svg = container.querySelector('svg')
  expect(svg?.getAttribute('class')).toBe('gov-icon gov-icon--tile')
  expect(svg?.getAttribute('fill')).toBe('#0b57d0')
  expect(svg?.getAttribute('aria-hidden')).toBe('true')
  expect(svg?.getAttribute('data-icon')).toBe('calendar')
  expect(container.querySelector('img, [src]')).toBeNull()
  const drawn = Array.from(container.querySelectorAll('path')).map((path) => path.getAttribute('d'))
  expect(drawn).toEqual(ICONS.calendar.paths.map((path) => path.d))
})

test('an icon in the danger tone keeps its even-odd shapes', () => {
  const name = (Object.keys(ICONS) as (keyof typeof ICONS)[]).find((key) =>
    ICONS[key].paths.some((path) => 'evenOdd' in path),
  )
  if (!name) return
  const { container } = render(<Icon name={name} tone='danger' />)
  expect(container.querySelector('svg')?.getAttribute('fill')).toBe('#b3261e')
  expect(container.querySelector('path[fill-rule="evenodd"]')).not.toBeNull()
})
