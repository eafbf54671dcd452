import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { useFresh } from '../../../hooks/use-fresh'
import { listFavorites } from '../api'
import { ItemCard } from './item-card'

export function FavoriteList() {
  const { state, reload } = useFresh(listFavorites, [])
  // Coming back from a guide where the star was changed.
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(items) => items.length === 0}
      empty={<Text>还没有收藏。在办事指南页点“收藏此事项”，常办的事就会出现在这里。</Text>}
    >
      {(items) => (
        <View aria-label='我的收藏'>
          {items.map((item) => (
            <ItemCard key={item.id} item={item} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
