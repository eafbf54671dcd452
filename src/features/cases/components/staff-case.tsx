import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CaseDetail } from '../../../services/contract'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useRecord } from '../../../hooks/use-record'
import { isApiError } from '../../../services/http'
import { acceptCase, askCorrection, finishCase, followUpCase, refuseCase } from '../api'
import { isBadRating } from '../model'
import { CaseFacts } from './case-facts'
import { CorrectionPicker } from './correction-picker'
import { RatingShown } from './rating-card'
import { Timeline } from './timeline'

type TextStep = 'finish' | 'refuse' | 'follow-up'
type Mode = 'none' | 'correction' | TextStep

const TEXT_STEPS: Record<
  TextStep,
  {
    label: string
    placeholder: string
    confirm: string
    send: (id: string, text: string) => Promise<CaseDetail>
  }
> = {
  finish: {
    label: '办理结果',
    placeholder: '如：已核发备案凭证，请到24号窗口领取',
    confirm: '确认办结',
    send: finishCase,
  },
  refuse: {
    label: '不予受理的理由和依据',
    placeholder: '如：场地面积不符合《诊所基本标准》',
    confirm: '确认不予受理',
    send: refuseCase,
  },
  'follow-up': {
    label: '回访情况和整改措施',
    placeholder: '如：已电话回访，今后预审时提前告知场地要求',
    confirm: '提交差评回访',
    send: followUpCase,
  },
}

function Actions({
  detail,
  setMode,
  accept,
  sending,
}: {
  detail: CaseDetail
  setMode: (mode: Mode) => void
  accept: () => void
  sending: boolean
}) {
  const needsFollowUp =
    detail.rating !== null && isBadRating(detail.rating.level) && detail.rating.followUp === null
  return (
    <View className='case-form__actions gov-section'>
      {detail.status === 'submitted' && (
        <>
          <GovButton block loading={sending} onClick={accept}>
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
      {(detail.status === 'submitted' || detail.status === 'accepted') && (
        <GovButton variant='danger' onClick={() => setMode('refuse')}>
          不予受理
        </GovButton>
      )}
      {needsFollowUp && (
        <GovButton block onClick={() => setMode('follow-up')}>
          差评回访整改
        </GovButton>
      )}
    </View>
  )
}

/** A 帮办员's case: 受理 or 补正 while submitted, 办结 while accepted, 不予受理, 差评回访. */
export function StaffCase({ initial }: { initial: CaseDetail }) {
  const [detail, setDetail] = useRecord(initial)
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
  const textStep = mode === 'none' || mode === 'correction' ? null : TEXT_STEPS[mode]

  return (
    <View>
      {error && <Notice tone='danger'>{error}</Notice>}
      {mode === 'none' && (
        <Actions
          detail={detail}
          setMode={setMode}
          sending={sending}
          accept={() => void run(() => acceptCase(detail.id))}
        />
      )}
      {mode === 'correction' && (
        <CorrectionPicker
          detail={detail}
          sending={sending}
          onSend={(items) => void run(() => askCorrection(detail.id, items))}
        />
      )}
      {textStep && (
        <View className='gov-card gov-section'>
          <Field
            name={mode}
            label={textStep.label}
            value={text}
            placeholder={textStep.placeholder}
            onInput={setText}
          />
          <GovButton
            block
            variant={mode === 'refuse' ? 'danger' : 'primary'}
            loading={sending}
            onClick={() => void run(() => textStep.send(detail.id, text))}
          >
            {textStep.confirm}
          </GovButton>
        </View>
      )}
      {mode !== 'none' && (
        <GovButton variant='plain' onClick={() => setMode('none')}>
          返回
        </GovButton>
      )}
      <CaseFacts detail={detail} />
      {detail.rating && (
        <View className='gov-card gov-section' aria-label='好差评'>
          <Text className='gov-section__title'>好差评</Text>
          <RatingShown rating={detail.rating} />
        </View>
      )}
      <Timeline events={detail.timeline} />
    </View>
  )
}
