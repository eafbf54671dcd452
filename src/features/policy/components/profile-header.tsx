import { Text, View } from '@tarojs/components'
import type { EnterpriseProfile } from '../../../services/contract'

/** What is already known from the enterprise record: name and what its USCC encodes. */
export function ProfileHeader({ profile }: { profile: EnterpriseProfile }) {
  return (
    <View className='gov-card gov-section' aria-label='企业信息'>
      <Text className='gov-section__title'>{profile.enterpriseName}</Text>
      <View className='policy-facts'>
        <Text>统一社会信用代码：{profile.usccMasked}</Text>
        {profile.registration.map((row) => (
          <Text key={row.label}>
            {row.label}：{row.value}
          </Text>
        ))}
        <Text>企业规模：{profile.sizeLabel ?? '填写行业、从业人数和营业收入后自动测算'}</Text>
        <Text className='gov-text-secondary'>
          已填写 {profile.filled}/{profile.total} 项 · 以上信息来自统一社会信用代码，无需填写
        </Text>
      </View>
    </View>
  )
}
