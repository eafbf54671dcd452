import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraft } from '../../../hooks/use-draft'
import { useRecord } from '../../../hooks/use-record'
import { randomId } from '../../../platform/random'
import type { Consultation } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { sendMessage } from '../api'
import { shortTime, STATUS_TEXT } from '../model'
import { TextBox } from '../../../components/field/text-box'
import './legal.scss'

export function ThreadView({ initial }: { initial: Consultation }) {
  const [thread, setThread] = useRecord(initial)
  const draft = useDraft(`legal-reply-${initial.id}`, { body: '' })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const requestKey = useRef(randomId())
  const lawyer = thread.viewer === 'lawyer'

  const send = async () => {
    if (draft.values.body.trim() === '') {
      setError('请填写回复内容')
      return
    }
    setBusy(true)
    setError(null)
    try {
      setThread(await sendMessage(thread.id, draft.values.body, requestKey.current))
      requestKey.current = randomId()
      draft.clear()
    } catch (e) {
      setError(isApiError(e) ? (e.fields?.body ?? e.message) : '发送失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View>
      <View className='gov-section'>
        <Text className='gov-section__title'>{thread.title}</Text>
        <Text className='gov-text-secondary'>
          {thread.topicName} · {lawyer ? `提问人 ${thread.askerName}` : thread.lawyerName} ·{' '}
          {STATUS_TEXT[thread.status]}
        </Text>
      </View>
      {thread.messages.map((m) => (
        <View
          key={m.id}
          className={`legal-message${m.author === 'lawyer' ? ' legal-message--lawyer' : ''}`}
        >
          <Text className='gov-text-secondary'>
            {m.authorName} · {shortTime(m.createdAt)}
          </Text>
          <Text className='legal-message__body'>{m.body}</Text>
        </View>
      ))}
      {!lawyer && thread.status === 'waiting' && (
        <Notice>律师一般在1个工作日内答复，答复后会在“法律咨询”页提示您。</Notice>
      )}
      <View className='gov-card gov-section'>
        <TextBox
          label={lawyer ? '答复提问人' : '补充或追问'}
          placeholder={lawyer ? '写下答复：法律依据、下一步怎么做' : '还想补充或追问什么，写在这里'}
          value={draft.values.body}
          maxlength={1000}
          error={error ?? undefined}
          onInput={(v) => {
            draft.setField('body', v)
            setError(null)
          }}
        />
        <GovButton block loading={busy} onClick={() => void send()}>
          {lawyer ? '发送答复' : '发送'}
        </GovButton>
      </View>
    </View>
  )
}
