import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Appointment } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { isWeapp } from '../../../platform/env'
import { openPage } from '../../../platform/navigation'
import { isApiError } from '../../../services/http'
import { routes } from '../../../utils/routes'
import { cancelAppointment } from '../api'
import { changeRule, closedLine, movedLine, whenLabel } from '../model'
import { StatusBadge } from './appointment-card'
import { QrCode } from '../../../components/qr-code'
import { ReadAloud } from '../../../components/read-aloud'
import { checkInSpeech } from '../speech'
import { useRecord } from '../../../hooks/use-record'
import './appointment.scss'

function CancelButton({ id, onCancelled }: { id: string; onCancelled: (a: Appointment) => void }) {
  const [confirming, setConfirming] = useState(false)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const cancel = async () => {
    setSending(true)
    setError(null)
    try {
      onCancelled(await cancelAppointment(id))
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : '取消失败，请稍后重试')
    } finally {
      setSending(false)
    }
  }
  return (
    <View className='appointment__actions'>
      {error && <Notice tone='danger'>{error}</Notice>}
      {confirming ? (
        <View className='appointment__actions' aria-label='确认取消'>
          <Text className='gov-line'>确定取消这次预约吗？取消后时段会让给其他人。</Text>
          <GovButton variant='danger' block loading={sending} onClick={() => void cancel()}>
            确定取消预约
          </GovButton>
          <GovButton variant='secondary' block onClick={() => setConfirming(false)}>
            不取消
          </GovButton>
        </View>
      ) : (
        <GovButton variant='secondary' block onClick={() => setConfirming(true)}>
          取消预约
        </GovButton>
      )}
    </View>
  )
}

/** One booking: the check-in code to show at the hall, the queue number once checked in. */
export function AppointmentView({
  initial,
  result,
}: {
  initial: Appointment
  /** The page opens on the result of a 预约 or an 改约. */
  result?: 'booked' | 'moved'
}) {
  const [a, setA] = useRecord(initial)
  const now = new Date()
  return (
    <View>
      {result !== undefined && a.status === 'booked' && (
        <Notice tone='success'>
          {result === 'moved' ? '改约成功！原来的预约已取消。' : '预约成功！'}
          请按时到{a.pointName}，向工作人员出示下方签到码。
          {isWeapp ? '' : '办理前一天会在首页提醒您。'}
        </Notice>
      )}
      {a.status === 'needs_rebook' && (
        <Notice tone='warning'>
          {closedLine(a)}。原时段不会再提醒您，请在下方改约其他时间或取消。
        </Notice>
      )}
      <View className='gov-card gov-section' aria-label='预约详情'>
        <View className='appointment__head'>
          <Text className='appointment__when'>{whenLabel(a, now)}</Text>
          <StatusBadge appointment={a} />
        </View>
        {a.movedTo && (
          <GovButton
            variant='plain'
            onClick={() => openPage(routes.appointment(a.movedTo?.id ?? ''))}
          >
            {movedLine(a, now)}（查看新预约）
          </GovButton>
        )}
        <Text className='gov-line'>事项：{a.itemName}</Text>
        <Text className='gov-line'>网点：{a.pointName}</Text>
        <Text className='gov-line'>
          预约人：{a.name}（{a.phone}）
        </Text>
        {a.actedBy && <Text className='gov-line'>由 {a.actedBy} 代办（亲情代办）</Text>}
        <GovButton variant='plain' onClick={() => openPage(routes.pointDetail(a.pointId))}>
          查看网点地址和导航
        </GovButton>
      </View>
      {a.status === 'booked' && (
        <View className='gov-card gov-section' aria-label='签到码'>
          <Text className='gov-section__title'>签到码</Text>
          <Text className='gov-text-secondary'>到大厅后出示给工作人员扫码，签到后取得排队号</Text>
          <QrCode text={a.checkInLink} caption={a.code} label={`签到码 ${a.code}`} />
          <ReadAloud text={checkInSpeech(a, now)} />
        </View>
      )}
      {a.status === 'arrived' && a.queueNumber !== null && (
        <View className='gov-card gov-section' aria-label='排队号'>
          <Text className='gov-section__title'>已签到，您的排队号</Text>
          <Text className='appointment__queue'>{a.queueNumber}号</Text>
        </View>
      )}
      {a.status === 'no_show' && (
        <Notice tone='warning'>
          该预约未按时签到，已记为未到场。30天内累计3次未到场将暂停线上预约7天。
        </Notice>
      )}
      {(a.status === 'booked' || a.status === 'needs_rebook') && (
        <View className='gov-section appointment__actions'>
          <Text className='gov-text-secondary'>{changeRule(a)}</Text>
          {a.canChange && (
            <>
              <GovButton block onClick={() => openPage(routes.book(a.itemId, a.id))}>
                改约其他时间
              </GovButton>
              <CancelButton id={a.id} onCancelled={setA} />
            </>
          )}
        </View>
      )}
    </View>
  )
}
