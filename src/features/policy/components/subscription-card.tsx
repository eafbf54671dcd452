import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import type { PolicySubscription } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { setSubscription } from '../api'
import { MatchCard } from './match-card'
import { formatDay } from '../../../services/contract'

export function SubscriptionCard({ initial }: { initial: PolicySubscription }) {
  const [subscription, setState] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const toggle = async () => {
    setBusy(true)
    setError(null)
    try {
      setState(await setSubscription(!subscription.subscribed))
    } catch (e) {
      setError(isApiError(e) ? e.message : '操作失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='gov-card gov-section' aria-label='新政策订阅'>
      <Text className='gov-section__title'>新政策订阅</Text>
      <Text>
        {subscription.subscribed
          ? `已订阅（${subscription.since ? formatDay(subscription.since) : ''}起）：新发布且与本企业匹配的政策会列在这里`
          : '未订阅：订阅后，新发布且与本企业匹配的政策会列在这里'}
      </Text>
      {error !== null && <Notice tone='danger'>{error}</Notice>}
      <GovButton
        variant={subscription.subscribed ? 'secondary' : 'primary'}
        loading={busy}
        onClick={() => void toggle()}
      >
        {subscription.subscribed ? '退订' : '订阅新政策提醒'}
      </GovButton>
      {subscription.subscribed && subscription.newMatches.length === 0 && (
        <Text className='gov-text-secondary'>暂无新的匹配政策</Text>
      )}
      {subscription.newMatches.map((match) => (
        <MatchCard key={match.policy.id} match={match} />
      ))}
    </View>
  )
}
