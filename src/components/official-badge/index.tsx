import { Text, View } from '@tarojs/components'
import './index.scss'

/** Shown on a page opened from a 一码通 code this platform signed. */
export function OfficialBadge({ title }: { title?: string }) {
  return (
    <View className='gov-official' role='status' aria-label='官方码'>
      <Text className='gov-official__mark'>✓ 官方码</Text>
      <Text className='gov-official__text'>
        {title ? `“${title}”` : '此码'}由青山区政务服务平台签发，可放心使用
      </Text>
    </View>
  )
}
