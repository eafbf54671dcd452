import { fireEvent, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { AsyncView } from '../../../src/components/async-view'
import { ApiError } from '../../../src/services/http'
import type { RemoteState } from '../../../src/hooks/use-remote'

const renderWith = (state: RemoteState<string[]>, onRetry = jest.fn()) => {
  render(
    <AsyncView
      state={state}
      onRetry={onRetry}
      isEmpty={(d) => d.length === 0}
      empty={<Text>没有找到网点</Text>}
    >
      {(items) => <Text>{items.join('、')}</Text>}
    </AsyncView>,
  )
  return onRetry
}

test('loading shows a skeleton announced as busy', () => {
  renderWith({ status: 'loading' })
  expect(screen.getByText('正在加载…')).toBeInTheDocument()
})

test('an error stays on screen with its message, and 重试 calls retry', () => {
  const onRetry = renderWith({
    status: 'error',
    error: new ApiError('network', '网络连接失败，请检查网络后点“重试”'),
  })
  expect(screen.getByRole('alert')).toHaveTextContent('网络连接失败')
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(onRetry).toHaveBeenCalledTimes(1)
})

test('empty data shows the empty message, data shows the content', () => {
  renderWith({ status: 'success', data: [] })
  expect(screen.getByText('没有找到网点')).toBeInTheDocument()
})

test('data renders through the children function', () => {
  renderWith({ status: 'success', data: ['幸福路街道便民服务中心', '万达广场政务便民服务点'] })
  expect(screen.getByText('幸福路街道便民服务中心、万达广场政务便民服务点')).toBeInTheDocument()
})

test('a placeholder of the final size stands in while loading, still announced as busy', () => {
  const { container } = render(
    <AsyncView
      state={{ status: 'loading' }}
      onRetry={jest.fn()}
      placeholder={<Text className='final-size'>占位</Text>}
    >
      {() => null}
    </AsyncView>,
  )
  expect(screen.getByText('正在加载…')).toBeInTheDocument()
  expect(container.querySelector('.final-size')).not.toBeNull()
  expect(container.querySelector('.gov-async__skeleton')).toBeNull()
})
