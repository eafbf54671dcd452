import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { QueueTicket } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraft } from '../../../hooks/use-draft'
import { useFresh } from '../../../hooks/use-fresh'
import { randomId } from '../../../platform/random'
import { openPage } from '../../../platform/navigation'
import { isApiError } from '../../../services/http'
import { routes } from '../../../utils/routes'
import { getTicket, takeTicket } from '../api'
import './qr.scss'

const REFRESH_MS = 15_000
const stillWaiting = (ticket: QueueTicket | null) => ticket?.status === 'waiting'

function TicketCard({ ticket }: { ticket: QueueTicket }) {
  return (
    <View className='gov-card gov-section' aria-label='我的排队号'>
      <Text className='gov-text-secondary'>{ticket.pointName}</Text>
      <Text className='qr-ticket__number'>{ticket.number}</Text>
      {ticket.status === 'called' ? (
        <Notice tone='success'>已叫到您的号，请到窗口办理</Notice>
      ) : (
        <Text className='gov-line'>
          前面还有 {ticket.ahead} 人，预计等候约 {ticket.waitMinutes} 分钟
        </Text>
      )}
      {ticket.status === 'waiting' && <Text className='gov-text-secondary'>每15秒自动刷新</Text>}
    </View>
  )
}

/** 取号 at a point, then the live wait; the ticket survives a reload (kept per point). */
export function QueueView({ pointId }: { pointId: string }) {
  const saved = useDraft(`queue:${pointId}`, { ticketId: '', key: '' })
  const [error, setError] = useState<string | null>(null)
  // Outside opening hours the server says when it opens; 预约 is offered instead of 取号.
  const [closed, setClosed] = useState<string | null>(null)
  const [taking, setTaking] = useState(false)
  const ticketId = saved.values.ticketId
  // The wait moves on without the resident: ask again while the number has not been called.
  const { state } = useFresh(
    () => (ticketId === '' ? Promise.resolve(null) : getTicket(ticketId)),
    [ticketId],
    { waiting: stillWaiting, pollMs: REFRESH_MS },
  )
  const ticket = state.status === 'success' ? state.data : null
  const failure = error ?? (state.status === 'error' ? state.error.message : null)

  const take = async () => {
    const key = saved.values.key || randomId()
    saved.setField('key', key)
    setTaking(true)
    setError(null)
    try {
      const taken = await takeTicket(pointId, key)
      saved.setField('ticketId', taken.id)
    } catch (e) {
      if (isApiError(e) && e.code === 'POINT_CLOSED') setClosed(e.message)
      else setError(isApiError(e) ? e.message : '取号失败，请稍后重试')
    } finally {
      setTaking(false)
    }
  }

  return (
    <View>
      {failure && <Notice tone='danger'>{failure}</Notice>}
      {closed !== null ? (
        <View className='gov-card gov-section' aria-label='现在不能取号'>
          <Notice>{closed}</Notice>
          <GovButton block onClick={() => openPage(routes.bookingStart)}>
            改为预约
          </GovButton>
        </View>
      ) : ticket ? (
        <TicketCard ticket={ticket} />
      ) : (
        ticketId === '' && (
          <GovButton block loading={taking} onClick={() => void take()}>
            取号
          </GovButton>
        )
      )}
    </View>
  )
}
