import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Campaign } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { randomId } from '../../../platform/random'
import { isApiError } from '../../../services/http'
import { formatDayTime } from '../../../services/contract'
import { claimCampaign } from '../api'

export function CampaignView({ initial }: { initial: Campaign }) {
  const [campaign, setCampaign] = useState(initial)
  const [key] = useState(randomId)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const claim = async () => {
    setSending(true)
    setError(null)
    try {
      setCampaign(await claimCampaign(campaign.id, key))
    } catch (e) {
      setError(isApiError(e) ? e.message : '领取失败，请稍后重试')
    } finally {
      setSending(false)
    }
  }
  return (
    <View>
      <View className='gov-card gov-section' aria-label={campaign.title}>
        <Text className='gov-section__title'>{campaign.title}</Text>
        <Text className='gov-line'>{campaign.description}</Text>
        {campaign.benefits.map((b) => (
          <Text key={b} className='gov-line'>
            · {b}
          </Text>
        ))}
      </View>
      {error && <Notice tone='danger'>{error}</Notice>}
      {campaign.claimedAt ? (
        <Notice tone='success'>
          已于{formatDayTime(campaign.claimedAt)}
          领取，到服务点出示此页即可使用
        </Notice>
      ) : (
        <GovButton block loading={sending} onClick={() => void claim()}>
          领取政务礼包
        </GovButton>
      )}
    </View>
  )
}
