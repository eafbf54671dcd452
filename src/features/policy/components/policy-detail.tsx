import { Text, View } from '@tarojs/components'
import { Notice } from '../../../components/notice'
import type { PolicyDetail as PolicyDetailData } from '../../../services/contract'
import { levelLabel, modeLabel } from '../model'
import { ConditionList } from './condition-list'
import { MatchBadge } from './match-card'
import { PreReviewButton } from './prereview-button'
import { formatDay } from '../../../services/contract'
import './policy.scss'

export function PolicyDetail({ detail }: { detail: PolicyDetailData }) {
  const { match } = detail
  const { policy } = match
  return (
    <View>
      <View className='gov-card gov-section'>
        <MatchBadge status={match.status} />
        <Text className='gov-section__title'>{policy.title}</Text>
        <View className='policy-facts'>
          <Text>
            {levelLabel(policy)} · {policy.department}
          </Text>
          <Text>支持标准：{policy.amount}</Text>
          <Text>办理方式：{modeLabel(policy)}</Text>
          {policy.deadline !== null && <Text>申报截止：{formatDay(policy.deadline)}</Text>}
          <Text className='gov-text-secondary'>{detail.summary}</Text>
          <Text className='gov-text-secondary'>政策依据：{detail.basis}</Text>
        </View>
      </View>
      {match.suggestions.length > 0 && (
        <Notice tone='warning'>差一点就符合：{match.suggestions.join('；')}</Notice>
      )}
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>
          条件核对（满足 {match.met}/{match.total} 项）
        </Text>
        <ConditionList rows={detail.conditions} />
      </View>
      {policy.mode === 'auto' ? (
        <Notice tone='info'>
          免申即享：不用另外申请。符合条件的由部门比对数据直接兑现，税费类在日常纳税申报时直接享受。
        </Notice>
      ) : (
        <View className='gov-card gov-section'>
          <Text className='gov-section__title'>申报材料</Text>
          <View className='policy-facts'>
            {detail.materials.map((m, i) => (
              <Text key={m}>
                {i + 1}. {m}
              </Text>
            ))}
          </View>
          <Text className='gov-text-secondary'>咨询：{detail.contact}</Text>
          <PreReviewButton
            request={{ kind: 'policy', policyId: policy.id }}
            label='申报（商户绿色通道在线预审）'
          />
        </View>
      )}
    </View>
  )
}
