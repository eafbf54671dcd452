import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '../../../services/contract'
import { formatDayTime } from '../../../services/contract'
import { STATUS_TEXT } from '../model'
import { ClockLine } from './clock-line'

/** A case in a list: what, its number and state, and the clock. */
export function CaseCard({
  summary,
  showApplicant = false,
  onOpen,
}: {
  summary: CaseSummary
  showApplicant?: boolean
  onOpen: () => void
}) {
  return (
    <View className='gov-list-card case-card' role='button' onClick={onOpen}>
      <View className='case-card__head'>
        <Text className='case-card__title'>{summary.title}</Text>
        <Text className={`case-status case-status--${summary.status}`}>
          {STATUS_TEXT[summary.status]}
        </Text>
      </View>
      <Text className='gov-text-secondary'>
        办件编号 {summary.number} · {formatDayTime(summary.submittedAt)}
        提交
        {showApplicant ? ` · 申请人 ${summary.applicant}` : ''}
        {summary.actedBy ? ` · 由 ${summary.actedBy} 代办` : ''}
      </Text>
      <ClockLine summary={summary} />
    </View>
  )
}
