import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { useRemote } from '../../../hooks/use-remote'
import { isWeapp } from '../../../platform/env'
import { requestSubscribe } from '../../../platform/subscribe'
import type { SubscriptionMoment } from '../../../services/contract'
import { reportSubscription, subscriptionSetup } from '../api'

const TEXT: Record<SubscriptionMoment, { title: string; line: string }> = {
  case_submitted: {
    title: '办件有进度时通知我',
    line: '受理、补正、办结时通过微信服务通知告诉您，站内“消息”里也会有。',
  },
  legal_asked: {
    title: '律师回复时通知我',
    line: '律师回复后通过微信服务通知告诉您，站内“消息”里也会有。',
  },
}

/**
 * At a moment the user will want to hear back (a case submitted, a lawyer asked): one tap asks
 * WeChat for the subscription (it must be a tap) and tells the server what was accepted.
 * Weapp only, and only when templates are configured; H5 has the in-app 消息.
 */
export function SubscribeCard({ moment }: { moment: SubscriptionMoment }) {
  const { state } = useRemote(() => (isWeapp ? subscriptionSetup() : Promise.resolve(null)), [])
  const [answer, setAnswer] = useState<'idle' | 'asking' | 'accepted' | 'declined'>('idle')
  const ids = state.status === 'success' && state.data ? state.data.moments[moment] : []
  if (!isWeapp || ids.length === 0) return null
  const ask = async () => {
    setAnswer('asking')
    const result = await requestSubscribe(ids)
    const accepted = result.ok ? result.accepted : []
    if (accepted.length > 0) await reportSubscription(accepted).catch(() => undefined)
    setAnswer(accepted.length > 0 ? 'accepted' : 'declined')
  }
  return (
    <View className='gov-card'>
      <Text className='gov-line'>{TEXT[moment].title}</Text>
      <Text className='gov-text-secondary'>{TEXT[moment].line}</Text>
      {answer === 'accepted' ? (
        <View role='status'>
          <Text>已订阅，有进展会通知您。</Text>
        </View>
      ) : (
        <GovButton variant='secondary' loading={answer === 'asking'} onClick={() => void ask()}>
          {answer === 'declined' ? '未订阅，可再次订阅' : '订阅微信通知'}
        </GovButton>
      )}
    </View>
  )
}
