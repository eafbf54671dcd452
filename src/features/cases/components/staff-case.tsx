import { useState } from 'react'
import { View } from '@tarojs/components'
import type { CaseDetail } from '../../../services/contract'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { isApiError } from '../../../services/http'
import { acceptCase, askCorrection, finishCase, refuseCase } from '../api'
import { CaseFacts } from './case-facts'
import { CorrectionPicker } from './correction-picker'
import { Timeline } from './timeline'

type Mode = 'none' | 'correction' | 'finish' | 'refuse'

/** A 帮办员's case: 受理 or 补正 while submitted, 办结 while accepted, 不予受理 with a reason. */
export function StaffCase({ initial }: { initial: CaseDetail }) {
  const [detail, setDetail] = useState(initial)
  const [mode, setMode] = useState<Mode>('none')
  const [text, setText] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = async (step: () => Promise<CaseDetail>) => {
    setSending(true)
    setError(null)
    try {
      setDetail(await step())
      setMode('none')
      setText('')
    } catch (failure) {
      const fields = isApiError(failure) ? Object.values(failure.fields ?? {}) : []
      setError(
        isApiError(failure) ? [failure.message, ...fields].join('；') : '操作失败，请稍后重试',
      )
    } finally {
      setSending(false)
    }
  }
  const open = detail.status === 'submitted' || detail.status === 'accepted'

  return (
    <View>
      {error && <Notice tone='danger'>{error}</Notice>}
      {open && mode === 'none' && (
        <View className='case-form__actions gov-section'>
          {detail.status === 'submitted' && (
            <>
              <GovButton
                block
                loading={sending}
                onClick={() => void run(() => acceptCase(detail.id))}
              >
                受理（开始计时）
              </GovButton>
              <GovButton variant='secondary' onClick={() => setMode('correction')}>
                要求补正
              </GovButton>
            </>
          )}
          {detail.status === 'accepted' && (
            <GovButton block onClick={() => setMode('finish')}>
              办结
            </GovButton>
          )}
          <GovButton variant='danger' onClick={() => setMode('refuse')}>
            不予受理
          </GovButton>
        </View>
      )}
      {mode === 'correction' && (
        <CorrectionPicker
          detail={detail}
          sending={sending}
          onSend={(items) => void run(() => askCorrection(detail.id, items))}
        />
      )}
      {(mode === 'finish' || mode === 'refuse') && (
        <View className='gov-card gov-section'>
          <Field
            name={mode}
            label={mode === 'finish' ? '办理结果' : '不予受理的理由和依据'}
            value={text}
            placeholder={
              mode === 'finish'
                ? '如：已核发备案凭证，请到24号窗口领取'
                : '如：不符合《诊所备案管理暂行办法》第六条'
            }
            onInput={setText}
          />
          <GovButton
            block
            variant={mode === 'finish' ? 'primary' : 'danger'}
            loading={sending}
            onClick={() =>
              void run(() =>
                mode === 'finish' ? finishCase(detail.id, text) : refuseCase(detail.id, text),
              )
            }
          >
            {mode === 'finish' ? '确认办结' : '确认不予受理'}
          </GovButton>
        </View>
      )}
      {mode !== 'none' && (
        <GovButton variant='plain' onClick={() => setMode('none')}>
          返回
        </GovButton>
      )}
      <CaseFacts detail={detail} />
      <Timeline events={detail.timeline} />
    </View>
  )
}
