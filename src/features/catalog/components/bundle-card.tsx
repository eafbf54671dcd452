import { Text, View } from '@tarojs/components'
import type { BundleSummary } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { daysLabel } from '../model'

/** A 一件事 as a search result: one tap opens the bundle, whose items are handled as one. */
export function BundleCard({ bundle }: { bundle: BundleSummary }) {
  return (
    <View
      className='gov-card gov-section'
      role='button'
      aria-label={`一件事：${bundle.name}`}
      onClick={() => openPage(routes.bundle(bundle.id))}
    >
      <Text className='gov-section__title'>{bundle.name}</Text>
      <Text className='gov-text-secondary'>
        一件事 · {bundle.itemCount}个事项一次办 · 承诺{daysLabel(bundle.promisedDays)}
      </Text>
    </View>
  )
}
