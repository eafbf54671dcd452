import { act, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { useProgressiveCount } from '../../../src/components/page-shell/use-progressive-count'

function Sections({ total, progressive }: { total: number; progressive: boolean }) {
  const shown = useProgressiveCount(total, progressive)
  return (
    <>
      {Array.from({ length: Math.min(shown, total) }, (_, index) => (
        <Text key={index}>section {index + 1}</Text>
      ))}
    </>
  )
}

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

test('H5 builds a page one section per task, top first, until every section is shown', () => {
  render(<Sections total={3} progressive />)
  expect(screen.getAllByText(/^section/).map((node) => node.textContent)).toEqual(['section 1'])
  act(() => void jest.advanceTimersByTime(0))
  expect(screen.getAllByText(/^section/)).toHaveLength(2)
  act(() => void jest.advanceTimersByTime(0))
  expect(screen.getAllByText(/^section/)).toHaveLength(3)
  act(() => void jest.runOnlyPendingTimers())
  expect(screen.getAllByText(/^section/)).toHaveLength(3)
})

test('elsewhere (weapp, tests) every section renders at once', () => {
  render(<Sections total={4} progressive={false} />)
  expect(screen.getAllByText(/^section/)).toHaveLength(4)
})
