import { Text, View } from '@tarojs/components'
import { formatDayTime } from '../../../services/contract'
import { useConsent } from '../../../stores/consent'
import { PRIVACY_POLICY } from '../privacy-policy'

export function PrivacyNotice() {
  const { agreedVersion, agreedAt } = useConsent()
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>{PRIVACY_POLICY.title}</Text>
        <Text className='gov-text-secondary'>
          版本 {PRIVACY_POLICY.version} · 运营单位：{PRIVACY_POLICY.operator}
        </Text>
        <Text className='gov-text-secondary'>
          {agreedVersion === PRIVACY_POLICY.version && agreedAt !== null
            ? `您已于 ${formatDayTime(agreedAt)} 同意本版本`
            : '您尚未同意本版本'}
        </Text>
      </View>
      {PRIVACY_POLICY.sections.map((section) => (
        <View key={section.heading} className='gov-card gov-section'>
          <Text className='gov-section__title'>{section.heading}</Text>
          <Text>{section.body}</Text>
        </View>
      ))}
    </View>
  )
}
