import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraft } from '../../../hooks/use-draft'
import { getLocation } from '../../../platform/location'
import type { GuideReply } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { askGuide } from '../api'
import { EMPTY_DRAFT, parseAnswers, withAnswer, type GuideDraft } from '../model'
import { AskBox } from './ask-box'
import { NoneCard } from './none-card'
import { PlanView } from './plan-view'
import { QuestionCard } from './question-card'
import './guide.scss'

interface Where {
  latitude: number
  longitude: number
}

/**
 * 智能导办: the request, one clarifying question when needed, then the plan. The conversation is
 * a draft, so after the app is killed it comes back where it was (the server answers it again).
 */
export function GuideScreen({ initial }: { initial?: string }) {
  const draft = useDraft<GuideDraft>('guide.ask', EMPTY_DRAFT)
  const [reply, setReply] = useState<GuideReply | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const where = useRef<Where | null>(null)
  const latest = useRef(0)

  const send = async (asked: string, answers: string) => {
    const mine = ++latest.current
    setBusy(true)
    setError(null)
    try {
      const answer = await askGuide({
        text: asked,
        answers: parseAnswers(answers),
        ...(where.current ?? {}),
      })
      if (mine === latest.current) setReply(answer)
    } catch (failure) {
      if (mine !== latest.current) return
      if (isApiError(failure) && failure.code === 'GUIDE_ANSWER_STALE')
        draft.setField('answers', '[]')
      setError(
        isApiError(failure) ? (failure.fields?.text ?? failure.message) : '没有成功，请稍后再试',
      )
    } finally {
      if (mine === latest.current) setBusy(false)
    }
  }

  const ask = (text: string) => {
    draft.setField('asked', text)
    draft.setField('answers', '[]')
    setReply(null)
    void send(text, '[]')
  }

  // Opened with words (?q=, from search or a link) they are asked; otherwise a conversation
  // left when the app was killed resumes: what was last asked is asked again, answers and all.
  useEffect(() => {
    const start = initial?.trim()
    if (start && start !== draft.values.asked) {
      draft.setField('text', start)
      ask(start)
    } else if (draft.values.asked) void send(draft.values.asked, draft.values.answers)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const choose = (question: string, choice: string) => {
    const answers = withAnswer(draft.values.answers, question, choice)
    draft.setField('answers', answers)
    void send(draft.values.asked, answers)
  }
  const startOver = () => {
    latest.current++
    draft.clear()
    setReply(null)
    setError(null)
    setBusy(false)
  }
  const locate = async () => {
    const found = await getLocation()
    if (!found.ok) return setError(found.message)
    where.current = { latitude: found.latitude, longitude: found.longitude }
    void send(draft.values.asked, draft.values.answers)
  }

  // One thing per screen: once answered, the question (or the plan) replaces the box.
  return (
    <View className='guide-screen'>
      {reply === null && (
        <AskBox
          text={draft.values.text}
          onText={(text) => draft.setField('text', text)}
          onAsk={ask}
          busy={busy && reply === null}
          error={reply === null ? error : null}
        />
      )}
      {reply !== null && (
        <View className='gov-card gov-section guide-said'>
          <Text className='gov-text-secondary'>您说的是</Text>
          <Text className='gov-line guide-said__words'>“{draft.values.asked}”</Text>
          {reply.intent && <Text className='gov-text-secondary'>理解为：{reply.intent}</Text>}
          {reply.rewrittenBy && (
            <Text className='gov-text-secondary'>
              AI 生成：按“{reply.rewrittenBy.text}”为您查找了办事指南
            </Text>
          )}
          <View className='gov-actions'>
            <GovButton variant='secondary' block onClick={startOver}>
              重新说
            </GovButton>
          </View>
        </View>
      )}
      {reply !== null && error && <Notice tone='danger'>{error}</Notice>}
      {reply?.kind === 'question' && (
        <QuestionCard
          question={reply.question}
          busy={busy}
          onChoose={(choice) => choose(reply.question.id, choice)}
        />
      )}
      {reply?.kind === 'plan' && <PlanView plan={reply.plan} onLocate={() => void locate()} />}
      {reply?.kind === 'none' && <NoneCard reply={reply} />}
    </View>
  )
}
