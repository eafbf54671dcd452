import { useState } from 'react'
import { View } from '@tarojs/components'
import type { LiveSession } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { askReminderSubscription } from '../../../platform/subscribe'
import { isApiError } from '../../../services/http'
import { setLiveReminder } from '../api'

interface ReminderButtonProps {
  session: LiveSession
  onChange: (session: LiveSession) => void
}

/** 开播提醒: stored for the user; on weapp the subscription message is asked for at the tap. */
export function ReminderButton({ session, onChange }: ReminderButtonProps) {
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const toggle = async () => {
    setError(null)
    setSending(true)
    try {
      const on = !session.subscribed
      const channel = on && (await askReminderSubscription()) ? 'wechat' : 'app'
      onChange(await setLiveReminder(session.id, on, channel))
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : '操作失败，请稍后重试')
    } finally {
      setSending(false)
    }
  }
  return (
    <View>
      <GovButton
        variant={session.subscribed ? 'secondary' : 'primary'}
        loading={sending}
        onClick={() => void toggle()}
      >
        {session.subscribed
          ? `✓ 已预约提醒（点此取消）：${session.title}`
          : `开播提醒：${session.title}`}
      </GovButton>
      {error && <Notice tone='danger'>{error}</Notice>}
    </View>
  )
}
