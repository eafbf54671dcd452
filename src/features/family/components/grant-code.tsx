import { Text, View } from '@tarojs/components'
import { spacedDigits, type Grant } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { QrCode } from '../../../components/qr-code'
import { whenText } from '../model'

/** The code the other person scans or hears; the expiry is text, never a countdown. */
export function GrantCode({
  grant,
  refreshing,
  onRefresh,
}: {
  grant: Grant
  refreshing: boolean
  onRefresh: () => void
}) {
  const code = grant.code
  if (code === null) return null
  return (
    <View className='gov-card gov-section' aria-label='授权码'>
      {code.expired ? (
        <Notice tone='warning'>这个授权码已过期，请点下面的按钮重新出示一个新的。</Notice>
      ) : (
        <View>
          <Text className='gov-line'>
            请对方在“我的 → 代家人办”里扫描二维码，或把下面的数字念给对方：
          </Text>
          <QrCode text={code.link} caption='亲情代办授权码' label='亲情代办授权二维码' />
          <Text className='family-digits' aria-label={`授权码 ${code.digits.split('').join(' ')}`}>
            {spacedDigits(code.digits)}
          </Text>
          <Text className='gov-line'>
            授权码在{whenText(code.expiresAt)}前有效，对方确认后即失效。
          </Text>
        </View>
      )}
      <View className='family-actions'>
        <GovButton
          variant={code.expired ? 'primary' : 'secondary'}
          loading={refreshing}
          onClick={onRefresh}
        >
          重新出示授权码
        </GovButton>
      </View>
    </View>
  )
}
