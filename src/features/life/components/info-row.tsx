import { Text, View } from '@tarojs/components'
import './life.scss'

export function InfoRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='life-row'>
      <Text className='life-row__label'>{label}</Text>
      <Text className='life-row__value'>{value}</Text>
    </View>
  )
}

export function SandboxBadge() {
  return (
    <View className='life-sandbox' role='note'>
      <Text>沙箱支付（演示）：不会真实扣款。正式上线需接入微信支付商户号。</Text>
    </View>
  )
}
