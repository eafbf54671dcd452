import { Text, View } from '@tarojs/components'
import type { Bundle } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { bundleTimingLines } from '../bundle-timing'
import { bundleSavings } from '../model'
import { ItemCard } from './item-card'
import { MaterialList } from './material-list'
import { ReadAloud } from '../../../components/read-aloud'
import { bundleSpeech } from '../speech'

/** 一件事: the member items, one merged material list and one merged form, and what that saves. */
export function BundleView({ bundle }: { bundle: Bundle }) {
  const savings = bundleSavings(bundle)
  const timing = bundleTimingLines(bundle)
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>{bundle.name}</Text>
        <Text className='gov-line'>{bundle.description}</Text>
        <ReadAloud text={bundleSpeech(bundle)} />
        <View className='gov-section' />
        <View aria-label='一起办和分别办的比较'>
          <Text className='gov-line'>{timing.together}</Text>
          <Text className='gov-text-secondary'>{timing.separately}</Text>
          <Text className='gov-line'>{timing.verdict}</Text>
        </View>
        <Text className='gov-text-secondary'>
          材料从 {savings.separateMaterials} 份合并为 {savings.mergedMaterials} 份，少交{' '}
          {savings.materialsSaved} 份
        </Text>
        <View className='gov-section' />
        <GovButton block onClick={() => openPage(routes.caseApply('bundle', bundle.id))}>
          一键代办：一次提交，帮办员全程办
        </GovButton>
      </View>
      <View className='gov-section' aria-label='包含的事项'>
        <Text className='gov-section__title'>包含 {bundle.items.length} 个事项</Text>
        {bundle.items.map((item) => (
          <ItemCard key={item.id} item={item} />
        ))}
      </View>
      <View className='gov-card gov-section' aria-label='申报材料'>
        <Text className='gov-section__title'>合并后的申报材料（共用材料只交一次）</Text>
        <MaterialList materials={bundle.materials} />
      </View>
      <View className='gov-card gov-section' aria-label='合并后的表单'>
        <Text className='gov-section__title'>一张表要填写的内容（相同内容只填一次）</Text>
        {bundle.fields.map((field) => (
          <Text key={field.key} className='gov-text-secondary'>
            · {field.label}
            {field.forItems.length > 1 ? `（${field.forItems.length}个事项共用）` : ''}
          </Text>
        ))}
      </View>
    </View>
  )
}
