import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ChoiceGroup } from '../../../components/choice-group'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import {
  firstQuestionWithError,
  QuestionSteps,
  type StepQuestion,
} from '../../../components/question-steps'
import { useDraft } from '../../../hooks/use-draft'
import type { Assessment, LegalTopic } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { beijing } from '../../../services/contract'
import { assessCase } from '../api'
import { answersToSend, missingAnswers, visibleQuestions } from '../model'
import { AssessmentView } from './assessment-view'
import { DateQuestion } from './date-question'
import './legal.scss'

export function IntakeForm({ topic }: { topic: LegalTopic }) {
  const initial = useMemo(
    () => Object.fromEntries(topic.questions.map((q) => [q.id, ''])) as Record<string, string>,
    [topic],
  )
  const draft = useDraft(`legal-intake-${topic.id}`, initial)
  const position = useDraft(`legal-intake-${topic.id}:step`, { step: '0' })
  const goTo = (index: number) => position.setField('step', String(index))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Assessment | null>(null)
  const today = beijing(new Date()).format('YYYY-MM-DD')

  const set = (id: string, value: string) => {
    draft.setField(id, value)
    setResult(null)
    setErrors(({ [`answers.${id}`]: _dropped, ...rest }) => rest)
  }

  const submit = async () => {
    setFormError(null)
    const missing = missingAnswers(topic, draft.values)
    setErrors(missing)
    const unanswered = firstQuestionWithError(questions, (id) => `answers.${id}` in missing)
    if (unanswered !== null) return goTo(unanswered)
    setBusy(true)
    try {
      setResult(await assessCase({ topic: topic.id, answers: answersToSend(topic, draft.values) }))
    } catch (error) {
      const fields = isApiError(error) ? (error.fields ?? {}) : {}
      setErrors(fields)
      const refused = firstQuestionWithError(questions, (id) => `answers.${id}` in fields)
      if (refused !== null) goTo(refused)
      setFormError(isApiError(error) ? error.message : '生成失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }

  const questions: StepQuestion[] = visibleQuestions(topic, draft.values).map((q) => {
    const error = errors[`answers.${q.id}`]
    const body =
      q.kind === 'date' ? (
        <DateQuestion
          key={q.id}
          label={q.text}
          hint={q.hint}
          value={draft.values[q.id] ?? ''}
          end={today}
          error={error}
          onChange={(v) => set(q.id, v)}
        />
      ) : (
        <View key={q.id} className='gov-field'>
          <Text className='gov-field__label'>{q.text}</Text>
          <ChoiceGroup
            label={q.text}
            choices={q.options}
            value={draft.values[q.id] ?? ''}
            onChange={(v) => set(q.id, v)}
          />
          {error !== undefined && (
            <View className='gov-field__error' role='alert'>
              <Text>✗ {error}</Text>
            </View>
          )}
        </View>
      )
    return { key: q.id, title: q.text, hint: q.hint ?? undefined, body }
  })

  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>{topic.name}：回答几个问题</Text>
        <Text className='gov-text-secondary'>填写会自动保存，退出后回来可以接着填。</Text>
        {draft.resumedAt !== null && <Notice>已恢复您上次未完成的回答</Notice>}
        <QuestionSteps
          questions={questions}
          current={Number(position.values.step)}
          onMove={goTo}
          finish={
            <View>
              {formError !== null && <Notice tone='danger'>{formError}</Notice>}
              <GovButton block loading={busy} onClick={() => void submit()}>
                生成案情摘要和时效
              </GovButton>
            </View>
          }
        />
      </View>
      {result !== null && <AssessmentView assessment={result} />}
    </View>
  )
}
