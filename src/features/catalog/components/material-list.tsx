import { Text, View } from '@tarojs/components'
import type { Material } from '../../../services/contract'
import './material-list.scss'

interface MaterialListProps {
  materials: readonly { material: Material; forItems?: readonly string[] }[]
}

/** 申报材料: what to bring, in which form, how many, and whether 电子证照 replaces it. */
export function MaterialList({ materials }: MaterialListProps) {
  return (
    <View className='material-list'>
      {materials.map(({ material, forItems }, index) => (
        <View key={material.id} className='material-list__row'>
          <Text className='material-list__name'>
            {index + 1}. {material.name}
            {material.required ? '' : '（非必需）'}
          </Text>
          <Text className='material-list__meta'>
            {material.form} · {material.copies}份
            {material.ecertAccepted ? ' · 可用电子证照免交' : ''}
          </Text>
          {forItems && forItems.length > 1 && (
            <Text className='material-list__shared'>
              {forItems.length}个事项共用，只交一次：{forItems.join('、')}
            </Text>
          )}
          {material.note && <Text className='material-list__meta'>说明：{material.note}</Text>}
          {material.sample && (
            <Text className='material-list__sample'>样例：{material.sample}</Text>
          )}
        </View>
      ))}
    </View>
  )
}
