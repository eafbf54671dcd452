import { Text, View } from '@tarojs/components'
import type { PolicyMatch } from '../../../services/contract'
import { FactLine } from '../../../components/fact-line'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { MATCH_LABELS, levelLabel, modeLabel } from '../model'
import { formatDay } from '../../../services/contract'
import './policy.scss'

export function MatchBadge({ status }: { status: PolicyMatch['status'] }) {
  const label = MATCH_LABELS[status]
  return (
    <Text className={`policy-badge policy-badge--${status}`}>
      {label.icon} {label.text}
    </Text>
  )
}

export function MatchCard({ match }: { match: PolicyMatch }) {
  const { policy } = match
  return (
    <View
      className='gov-list-card'
      role='button'
      aria-label={`${policy.title}，${MATCH_LABELS[match.status].text}`}
      data-policy={policy.id}
      onClick={() => openPage(routes.policyDetail(policy.id))}
    >
      <MatchBadge status={match.status} />
      <Text className='gov-section__title'>{policy.title}</Text>
      <FactLine
        facts={[
          modeLabel(policy),
          levelLabel(policy),
          policy.category,
          policy.deadline !== null && `截止 ${formatDay(policy.deadline)}`,
        ]}
      />
      <Text className='gov-text-secondary'>{policy.amount}</Text>
      <Text className='gov-text-secondary'>
        满足 {match.met}/{match.total} 项条件
      </Text>
      {match.suggestions.map((s) => (
        <Text key={s} className='policy-suggestion'>
          → {s}
        </Text>
      ))}
      {match.missing.length > 0 && (
        <Text className='gov-text-secondary'>需补充：{match.missing.join('、')}</Text>
      )}
    </View>
  )
}
