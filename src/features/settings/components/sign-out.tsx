import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { useSession } from '../../../stores/session'

/** Two steps on the page itself instead of a modal (no pop-ups in 长辈模式). */
export function SignOut() {
  const { token, signOut } = useSession()
  const [confirming, setConfirming] = useState(false)
  if (token === null) return <Text className='gov-text-secondary'>您已退出登录</Text>
  if (!confirming) {
    return (
      <GovButton variant='danger' block onClick={() => setConfirming(true)}>
        退出登录
      </GovButton>
    )
  }
  return (
    <View className='gov-card'>
      <Text>退出后需要重新登录才能查看您的信息。未提交的填写内容仍保留在本机。</Text>
      <View className='gov-section' />
      <GovButton variant='danger' block onClick={() => void signOut()}>
        确认退出
      </GovButton>
      <View className='gov-section' />
      <GovButton variant='secondary' block onClick={() => setConfirming(false)}>
        取消
      </GovButton>
    </View>
  )
}
