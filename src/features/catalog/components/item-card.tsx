import { Text, View } from '@tarojs/components'
import { SampleBadge } from '../../../components/sample-badge'
import { SkeletonText } from '../../../components/skeleton'
import type { ItemSummary } from '../../../services/contract'
import { FactLine } from '../../../components/fact-line'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { daysLabel, highlightSegments, SCOPE_LABELS, visitsLabel } from '../model'
import './item-card.scss'

interface ItemCardProps {
  item: ItemSummary
  highlight?: readonly (readonly [number, number])[]
}

export function ItemCard({ item, highlight = [] }: ItemCardProps) {
  return (
    <View
      className='gov-list-card item-card'
      role='button'
      aria-label={item.name}
      onClick={() => openPage(routes.guide(item.id))}
    >
      <Text className='item-card__name'>
        {highlightSegments(item.name, highlight).map((segment, i) =>
          segment.hit ? (
            <Text key={i} className='item-card__hit'>
              {segment.text}
            </Text>
          ) : (
            segment.text
          ),
        )}
        <SampleBadge sample={item.sample} />
      </Text>
      <Text className='item-card__meta'>
        {item.department} · {item.category}
      </Text>
      <FactLine
        facts={[
          `承诺 ${daysLabel(item.promisedDays)}`,
          visitsLabel(item.visits),
          ...item.scopes.map((scope) => SCOPE_LABELS[scope]),
        ]}
      />
    </View>
  )
}

/** An item card still loading: the lengths of a typical name, department line and facts. */
export function ItemCardSkeleton() {
  return (
    <View className='gov-list-card item-card' aria-hidden='true'>
      <SkeletonText className='item-card__name' chars={12} />
      <SkeletonText className='item-card__meta' chars={19} />
      <SkeletonText className='gov-fact-line' chars={42} />
    </View>
  )
}

export function ItemCardSkeletons({ count }: { count: number }) {
  return (
    <View>
      {Array.from({ length: count }, (_, i) => (
        <ItemCardSkeleton key={i} />
      ))}
    </View>
  )
}
