import { Text, View } from '@tarojs/components'
import type { Audience } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { SkeletonText } from '../../../components/skeleton'
import { useRemote } from '../../../hooks/use-remote'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { listBundles } from '../api'
import { daysLabel } from '../model'

/** “高效办成一件事” entries for the chosen audience. */
export function BundleList({ audience }: { audience: Audience }) {
  const { state, reload } = useRemote(listBundles, [])
  return (
    <AsyncView state={state} onRetry={reload} placeholder={<BundleCardSkeletons />}>
      {(bundles) => (
        <View aria-label='一件事'>
          {bundles
            .filter((b) => b.audience === audience)
            .map((b) => (
              <View
                key={b.id}
                className='gov-card gov-section'
                role='button'
                aria-label={b.name}
                onClick={() => openPage(routes.bundle(b.id))}
              >
                <Text className='gov-section__title'>{b.name}</Text>
                <Text className='gov-text-secondary'>
                  {b.itemCount}个事项一次办 · 承诺{daysLabel(b.promisedDays)}
                </Text>
              </View>
            ))}
        </View>
      )}
    </AsyncView>
  )
}

/** Three bundle cards still loading (the first screen shows two or three of them). */
function BundleCardSkeletons() {
  return (
    <View>
      {[0, 1, 2].map((i) => (
        <View key={i} className='gov-card gov-section' aria-hidden='true'>
          <SkeletonText className='gov-section__title' chars={9} />
          <SkeletonText className='gov-text-secondary' chars={14} />
        </View>
      ))}
    </View>
  )
}
