import { Text, View } from '@tarojs/components'
import { listPointItems } from '../api'
import { usePaged } from '../../../hooks/use-paged'
import { PagedItemList } from './paged-item-list'

const PAGE_SIZE = 10

/** Which catalog items a service point handles (就近办: “这里能办什么”). */
export function PointItems({ pointId }: { pointId: string }) {
  const paged = usePaged((page) => listPointItems(pointId, page, PAGE_SIZE), [pointId])
  return (
    <View className='gov-section'>
      <Text className='gov-section__title'>这里能办的事项</Text>
      <PagedItemList
        paged={paged}
        label='网点可办事项'
        empty={<Text>该网点暂未登记可办事项，请电话咨询。</Text>}
      />
    </View>
  )
}
