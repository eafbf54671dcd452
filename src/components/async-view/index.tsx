import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { RemoteState } from '../../hooks/use-remote'
import { GovButton } from '../gov-button'
import './index.scss'

interface AsyncViewProps<T> {
  state: RemoteState<T>
  onRetry: () => void
  isEmpty?: (data: T) => boolean
  /** What to say when there is nothing, and what the user can do instead. */
  empty?: ReactNode
  skeletonRows?: number
  /**
   * What loading looks like: a skeleton of the final content's size, so nothing below moves when
   * the data arrives. Without it, `skeletonRows` generic rows.
   */
  placeholder?: ReactNode
  children: (data: T) => ReactNode
}

/** Loading skeleton / empty / persistent error with 重试 for every remote list. */
export function AsyncView<T>({
  state,
  onRetry,
  isEmpty,
  empty,
  skeletonRows = 3,
  placeholder,
  children,
}: AsyncViewProps<T>) {
  if (state.status === 'loading') {
    return (
      <View className='gov-async gov-async--loading' aria-busy='true'>
        <Text className='gov-async__sr'>正在加载…</Text>
        {placeholder ??
          Array.from({ length: skeletonRows }, (_, i) => (
            <View key={i} className='gov-async__skeleton' />
          ))}
      </View>
    )
  }
  if (state.status === 'error') {
    return (
      <View className='gov-async gov-async--error' role='alert'>
        <Text className='gov-async__title'>没能加载出来</Text>
        <Text className='gov-async__message'>{state.error.message}</Text>
        <GovButton variant='secondary' onClick={onRetry}>
          重试
        </GovButton>
      </View>
    )
  }
  if (isEmpty?.(state.data)) {
    return <View className='gov-async gov-async--empty'>{empty ?? <Text>暂无内容</Text>}</View>
  }
  return <>{children(state.data)}</>
}
