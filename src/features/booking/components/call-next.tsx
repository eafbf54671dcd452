import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import type { StaffRole } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { callNext } from '../queue-api'

/** 叫号 at the window staff's own point: the next waiting 取号 ticket is called. */
export function CallNext({ point }: { point: StaffRole }) {
  const [sending, setSending] = useState(false)
  const [said, setSaid] = useState<{ tone: 'info' | 'danger'; text: string } | null>(null)
  const name = point.scopeName ?? point.scopeId ?? ''
  const send = async () => {
    setSending(true)
    try {
      const ticket = await callNext(point.scopeId ?? '')
      setSaid({ tone: 'info', text: `请 ${ticket.number} 号到窗口办理` })
    } catch (failure) {
      setSaid({
        tone: 'danger',
        text: isApiError(failure) ? failure.message : '叫号失败，请稍后重试',
      })
    } finally {
      setSending(false)
    }
  }
  return (
    <View className='gov-card gov-section' aria-label={`${name}叫号`}>
      <Text className='gov-line'>{name}现场取号</Text>
      <GovButton block variant='secondary' loading={sending} onClick={() => void send()}>
        叫下一位
      </GovButton>
      {said && <Notice tone={said.tone}>{said.text}</Notice>}
    </View>
  )
}
