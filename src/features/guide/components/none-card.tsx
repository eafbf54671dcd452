import { Text, View } from '@tarojs/components'
import { CallButton } from '../../../components/call-button'
import type { GuideReply } from '../../../services/contract'

type NoneReply = Extract<GuideReply, { kind: 'none' }>

/** Nothing in the catalog fits: say so, and hand over to people (12345, 帮办代办). */
export function NoneCard({ reply }: { reply: NoneReply }) {
  const desk = reply.helpDesk
  return (
    <View className='gov-card gov-section' aria-label='没有找到'>
      <Text className='gov-section__title'>没有找到相符的事项</Text>
      <Text className='gov-line'>{reply.message}</Text>
      <View className='gov-actions'>
        <CallButton phone={reply.hotline} variant='primary' block>
          拨打{reply.hotline}政务服务热线
        </CallButton>
        {desk && (
          <View className='guide-desk'>
            <Text className='gov-line'>帮办代办窗口 · {desk.name}</Text>
            <Text className='gov-text-secondary'>{desk.address}</Text>
            <CallButton phone={desk.phone} block>
              打电话给帮办代办窗口
            </CallButton>
          </View>
        )}
      </View>
    </View>
  )
}
