import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { ItemSummary } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import type { usePaged } from '../../../hooks/use-paged'
import { SkeletonText } from '../../../components/skeleton'
import { ItemCard, ItemCardSkeletons } from './item-card'

interface PagedItemListProps {
  paged: ReturnType<typeof usePaged<ItemSummary>>
  empty: ReactNode
  label: string
}

export function PagedItemList({ paged, empty, label }: PagedItemListProps) {
  const { items, total, status, error, hasMore, loadMore, retry } = paged
  if (items.length === 0) {
    const state =
      status === 'error' && error
        ? { status: 'error' as const, error }
        : status === 'loading'
          ? { status: 'loading' as const }
          : { status: 'success' as const, data: items }
    return (
      <AsyncView<ItemSummary[]>
        state={state}
        onRetry={retry}
        isEmpty={(d) => d.length === 0}
        empty={empty}
        placeholder={
          <View>
            <SkeletonText className='gov-text-secondary' chars={5} />
            <ItemCardSkeletons count={3} />
          </View>
        }
      >
        {() => null}
      </AsyncView>
    )
  }
  return (
    <View aria-label={label}>
      <Text className='gov-text-secondary'>共 {total} 项</Text>
      {/* Cards and footer each get their own parent: Taro re-sends a parent's children whole. */}
      <View>
        {items.map((item) => (
          <ItemCard key={item.id} item={item} />
        ))}
      </View>
      {/* The footer always exists, so showing or hiding its button changes only the footer. */}
      <View>
        {status === 'error' && error && (
          <Notice
            tone='danger'
            action={
              <GovButton variant='secondary' onClick={retry}>
                重试
              </GovButton>
            }
          >
            {error.message}
          </Notice>
        )}
        {hasMore && status !== 'error' && (
          <GovButton variant='secondary' block loading={status === 'loading'} onClick={loadMore}>
            加载更多（已显示 {items.length} / {total}）
          </GovButton>
        )}
      </View>
    </View>
  )
}
