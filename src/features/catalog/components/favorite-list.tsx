import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { useFresh } from '../../../hooks/use-fresh'
import { beijingDate, formatChineseDate, type ItemSummary } from '../../../services/contract'
import { listFavorites } from '../api'
import { FavoriteButton } from './favorite-button'
import { ItemCard } from './item-card'

/** A favourite whose item was 废止: said so, not a link to a guide that is gone. */
function RetiredFavorite({ item, retiredOn }: { item: ItemSummary; retiredOn: string }) {
  return (
    <View className='gov-list-card item-card' aria-label={`${item.name}（已废止）`}>
      <Text className='item-card__name'>
        {item.name}
        <Text className='gov-sample'>已废止</Text>
      </Text>
      <Text className='item-card__meta'>
        该事项已于{formatChineseDate(retiredOn)}废止，不再受理；如有疑问请拨打12345
      </Text>
      <FavoriteButton itemId={item.id} initial />
    </View>
  )
}

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
          {items.map((item) =>
            item.retiredOn !== undefined && item.retiredOn <= beijingDate(new Date()) ? (
              <RetiredFavorite key={item.id} item={item} retiredOn={item.retiredOn} />
            ) : (
              <ItemCard key={item.id} item={item} />
            ),
          )}
        </View>
      )}
    </AsyncView>
  )
}
