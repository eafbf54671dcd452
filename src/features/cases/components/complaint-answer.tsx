import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Complaint } from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { AsyncView } from '../../../components/async-view'
import { TextBox } from '../../../components/field/text-box'
import { GovButton } from '../../../components/gov-button'
import { useFresh } from '../../../hooks/use-fresh'
import { isApiError, loadContract } from '../../../services/http'
import { formErrors } from '../../../utils/form-errors'
import { answerComplaint, staffComplaints } from '../api'
import { ComplaintCard } from './complaint-items'
import './cases.scss'

const loadAnswerRequest = () => schemasOf.complaints().then((m) => m.ComplaintAnswerRequest)

function AnswerForm({ complaint, onAnswered }: { complaint: Complaint; onAnswered: () => void }) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const send = async () => {
    let found: string | undefined
    try {
      found = formErrors(await loadContract(loadAnswerRequest), { answer: text }).answer
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : '没有提交成功，请稍后重试')
      return
    }
    setError(found ?? null)
    if (found !== undefined) return
    setSending(true)
    try {
      await answerComplaint(complaint.id, text)
      onAnswered()
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : '没有提交成功，请稍后重试')
    } finally {
      setSending(false)
    }
  }
  return (
    <View>
      <TextBox
        label='答复内容'
        value={text}
        maxlength={500}
        placeholder='核查结果和处理办法（至少10个字），只能答复一次'
        error={error ?? undefined}
        onInput={setText}
      />
      <GovButton block loading={sending} onClick={() => void send()}>
        提交答复
      </GovButton>
    </View>
  )
}

/** 投诉建议 about the 帮办员's cases (all of them for the administrator), unanswered first. */
export function StaffComplaints() {
  const { state, reload } = useFresh(() => staffComplaints(), [])
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(items) => items.length === 0}
      empty={<Text>暂无投诉建议</Text>}
    >
      {(items) => (
        <View aria-label='投诉建议'>
          {items.map((c) => (
            <ComplaintCard
              key={c.id}
              complaint={c}
              pending={<AnswerForm complaint={c} onAnswered={reload} />}
            />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
