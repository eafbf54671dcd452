import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Grant } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { isApiError } from '../../../services/http'
import { revokeGrant } from '../api'
import { granteeLabel, statusText } from '../model'

/** One authorisation with its state; 撤销 asks once more on the same card (no pop-up). */
export function GrantCard({
  grant,
  onShowCode,
  onChanged,
}: {
  grant: Grant
  onShowCode: () => void
  onChanged: (grant: Grant) => void
}) {
  const [confirming, setConfirming] = useState(false)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const live = grant.status === 'pending' || grant.status === 'active'
  const revoke = async () => {
    setSending(true)
    setFailure(null)
    try {
      onChanged(await revokeGrant(grant.id))
      setConfirming(false)
    } catch (error) {
      setFailure(isApiError(error) ? error.message : '撤销失败，请重试')
    } finally {
      setSending(false)
    }
  }
  return (
    <View className='gov-card gov-section' aria-label={`授权给${granteeLabel(grant)}`}>
      <Text className='gov-section__title'>{granteeLabel(grant)}</Text>
      <Text className='family-status'>{statusText(grant)}</Text>
      <Text className='gov-line'>可以办：{grant.items.map((i) => i.name).join('、')}</Text>
      {failure !== null && <Notice tone='danger'>{failure}</Notice>}
      {live && (
        <View className='family-actions'>
          {grant.status === 'pending' && (
            <GovButton variant='secondary' onClick={onShowCode}>
              出示授权码
            </GovButton>
          )}
          {confirming ? (
            <View>
              <Notice tone='warning'>撤销后对方立即不能再替您办理。确定撤销吗？</Notice>
              <View className='family-actions'>
                <GovButton variant='danger' loading={sending} onClick={() => void revoke()}>
                  确定撤销
                </GovButton>
                <GovButton variant='secondary' onClick={() => setConfirming(false)}>
                  不撤销
                </GovButton>
              </View>
            </View>
          ) : (
            <GovButton variant='secondary' onClick={() => setConfirming(true)}>
              撤销授权
            </GovButton>
          )}
        </View>
      )}
    </View>
  )
}
