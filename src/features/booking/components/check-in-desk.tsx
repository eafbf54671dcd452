import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CheckInResult } from '../../../services/contract'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useStaffRoles } from '../../../hooks/use-staff-roles'
import { isWeapp } from '../../../platform/env'
import { scanCode } from '../../../platform/scan'
import { isApiError } from '../../../services/http'
import { checkIn } from '../api'
import { CallNext } from './call-next'
import { whenLabel } from '../model'
import './appointment.scss'

/** 窗口签到: staff scan or type a booking's code; it is checked in and gets a queue number. */
export function CheckInDesk({ scanned = '' }: { scanned?: string }) {
  const [code, setCode] = useState(scanned)
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<CheckInResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const windows = useStaffRoles('window')
  const points = windows.map((r) => r.scopeName ?? r.scopeId ?? '')

  const send = async (text: string) => {
    setSending(true)
    setError(null)
    setResult(null)
    try {
      setResult(await checkIn(text.trim()))
      setCode('')
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : '签到失败，请稍后重试')
    } finally {
      setSending(false)
    }
  }
  const scan = async () => {
    const scanned = await scanCode()
    if (scanned.ok) void send(scanned.text)
    else setError(scanned.message)
  }

  return (
    <View>
      <View className='gov-card gov-section'>
        {points.length > 0 && (
          <Text className='gov-line'>
            本窗口：{points.join('、')}（只能为在此预约的办事人签到）
          </Text>
        )}
        <Text className='gov-text-secondary'>
          扫描或输入办事人出示的签到码，签到后系统分配排队号。
        </Text>
        {isWeapp && (
          <GovButton block onClick={() => void scan()}>
            扫描签到码
          </GovButton>
        )}
        <Field
          name='code'
          label='签到码'
          value={code}
          placeholder='预约码，8位字母和数字'
          maxlength={32}
          onInput={setCode}
        />
        <GovButton
          block
          disabled={code.trim() === ''}
          loading={sending}
          onClick={() => void send(code)}
        >
          签到并取号
        </GovButton>
      </View>
      {error && <Notice tone='danger'>{error}</Notice>}
      {result && (
        <View className='gov-card gov-section' aria-label='签到结果'>
          <Text className='gov-section__title'>签到成功，排队号</Text>
          <Text className='appointment__queue'>{result.queueNumber}号</Text>
          <Text className='gov-line'>事项：{result.appointment.itemName}</Text>
          <Text className='gov-line'>
            预约人：{result.appointment.name}（{result.appointment.phone}）
          </Text>
          <Text className='gov-line'>预约时间：{whenLabel(result.appointment, new Date())}</Text>
        </View>
      )}
      {windows.map((point) => (
        <CallNext key={point.scopeId} point={point} />
      ))}
    </View>
  )
}
