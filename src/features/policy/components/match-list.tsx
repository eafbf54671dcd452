import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { openPage } from '../../../platform/navigation'
import type { MatchList as MatchListData } from '../../../services/contract'
import { routes } from '../../../utils/routes'
import { MATCH_LABELS, MATCH_ORDER, groupByStatus } from '../model'
import { MatchCard } from './match-card'
import './policy.scss'

export function MatchList({ data }: { data: MatchListData }) {
  return (
    <View>
      <View className='gov-card gov-section' aria-label='匹配概况'>
        <Text className='gov-section__title'>{data.enterpriseName}</Text>
        <Text className='gov-text-secondary'>
          企业规模：{data.sizeLabel ?? '待测算'} · 共核对 {data.items.length} 条政策
        </Text>
        <View className='policy-counts'>
          {MATCH_ORDER.map((status) => (
            <Text key={status}>
              {MATCH_LABELS[status].icon} {MATCH_LABELS[status].text} {data.counts[status]} 条
            </Text>
          ))}
        </View>
      </View>
      <View className='policy-links'>
        <GovButton variant='secondary' onClick={() => openPage(routes.policyProfile)}>
          完善企业画像
        </GovButton>
        <GovButton variant='secondary' onClick={() => openPage(routes.policyCalendar)}>
          申报日历与订阅
        </GovButton>
        <GovButton variant='secondary' onClick={() => openPage(routes.policyGreen)}>
          绿色通道预审
        </GovButton>
      </View>
      {groupByStatus(data.items).map((group) => (
        <View
          key={group.status}
          className='gov-section'
          aria-label={MATCH_LABELS[group.status].text}
        >
          <Text className='gov-section__title'>
            {MATCH_LABELS[group.status].text}（{group.items.length}）
          </Text>
          {group.items.map((match) => (
            <MatchCard key={match.policy.id} match={match} />
          ))}
        </View>
      ))}
    </View>
  )
}
