import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../gov-button'
import { ReadAloud } from '../read-aloud'
import { useElderMode } from '../../hooks/use-elder-mode'
import { speechOf } from '../../utils/speech-text'

export interface StepQuestion {
  key: string
  title: string
  /** Read out after the title (what to choose, what format). */
  hint?: string
  body: ReactNode
}

interface QuestionStepsProps {
  questions: readonly StepQuestion[]
  /** The question 长辈模式 shows; the caller keeps it in its draft, so a reload resumes there. */
  current: number
  onMove: (index: number) => void
  /** What closes the form (errors, the submit button): after all questions, or on the last screen. */
  finish: ReactNode
}

/**
 * A questionnaire: all at once normally, one question per screen in 长辈模式 with 第N题，共M题,
 * 朗读, 下一题 and a 上一题 that names where it goes.
 */
export function QuestionSteps({ questions, current, onMove, finish }: QuestionStepsProps) {
  const elder = useElderMode()
  if (!elder || questions.length === 0) {
    return (
      <View className='gov-actions'>
        {questions.map((q) => (
          <View key={q.key}>{q.body}</View>
        ))}
        {finish}
      </View>
    )
  }
  const index = Math.min(Math.max(current, 0), questions.length - 1)
  const question = questions[index] as StepQuestion
  const previous = index > 0 ? questions[index - 1] : undefined
  const position = `第${index + 1}题，共${questions.length}题`
  return (
    <View className='question-steps gov-actions' aria-label={position}>
      <Text className='gov-text-secondary'>{position}</Text>
      <ReadAloud text={speechOf([position, question.title, question.hint])} />
      <View key={question.key}>{question.body}</View>
      {index === questions.length - 1 ? (
        finish
      ) : (
        <GovButton block onClick={() => onMove(index + 1)}>
          下一题
        </GovButton>
      )}
      {previous && (
        <GovButton variant='secondary' block onClick={() => onMove(index - 1)}>
          上一题：{previous.title}
        </GovButton>
      )}
    </View>
  )
}

/** Where 长辈模式 should go when a submission is refused: the first question with an error. */
export function firstQuestionWithError(
  questions: readonly StepQuestion[],
  hasError: (key: string) => boolean,
): number | null {
  const index = questions.findIndex((q) => hasError(q.key))
  return index === -1 ? null : index
}
