import { Text, View } from '@tarojs/components'
import type { PreReview } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { formatDayTime } from '../../../services/contract'
import { OUTCOME_LABELS } from '../model'
import './policy.scss'

export function PreReviewResult({ review }: { review: PreReview }) {
  return (
    <View className='gov-card gov-section' aria-label='预审结果'>
      <Text className={`policy-badge policy-badge--${review.outcome}`}>
        {review.outcome === 'pass' ? '✓' : review.outcome === 'fail' ? '✗' : '?'}{' '}
        {OUTCOME_LABELS[review.outcome]}
      </Text>
      <Text className='gov-section__title'>{review.title}</Text>
      <Text className='gov-text-secondary'>预审时间：{formatDayTime(review.createdAt)}</Text>
      <View className='policy-facts'>
        {review.reasons.map((reason) => (
          <Text key={reason}>{reason}</Text>
        ))}
      </View>
      <Text className='policy-field__label'>下一步</Text>
      <View className='policy-facts'>
        {review.nextSteps.map((step, i) => (
          <Text key={step}>
            {i + 1}. {step}
          </Text>
        ))}
      </View>
      {review.submit !== null && (
        <GovButton block onClick={() => openPage(routes.zone(review.submit?.zoneId ?? ''))}>
          去提交地点：企业智惠服务专区
        </GovButton>
      )}
    </View>
  )
}
