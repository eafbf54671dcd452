import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { useRemote } from '../../../hooks/use-remote'
import { getGuide } from '../api'
import { ELDER_ITEM_IDS, loadElderItems } from '../elder-tasks'
import { ItemCard, ItemCardSkeletons } from './item-card'

/** 长辈模式's 办事指南: a few tasks older people do most, each opening its guide. */
export function ElderItems() {
  const { state, reload } = useRemote(() => loadElderItems(ELDER_ITEM_IDS, getGuide), [])
  return (
    <View className='gov-section' aria-label='老年人常办的事'>
      <Text className='gov-section__title'>老年人常办的事</Text>
      <AsyncView
        state={state}
        onRetry={reload}
        placeholder={<ItemCardSkeletons count={ELDER_ITEM_IDS.length} />}
      >
        {(items) => (
          <View>
            {items.map((item) => (
              <ItemCard key={item.id} item={item} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
