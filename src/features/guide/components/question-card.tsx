import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { ReadAloud } from '../../../components/read-aloud'
import type { GuideQuestion } from '../../../services/contract'
import { speechOf } from '../../../utils/speech-text'

/** One short question with a button per choice; a tap answers it. */
export function QuestionCard({
  question,
  busy,
  onChoose,
}: {
  question: GuideQuestion
  busy: boolean
  onChoose: (choice: string) => void
}) {
  return (
    <View className='gov-card gov-section' aria-label='请选一项'>
      <Text className='gov-section__title'>{question.text}</Text>
      <ReadAloud text={speechOf([question.text, ...question.choices.map((c) => c.label)])} />
      <View className='gov-actions' role='group' aria-label={question.text}>
        {question.choices.map((choice) => (
          <GovButton
            key={choice.id}
            variant='secondary'
            block
            disabled={busy}
            onClick={() => onChoose(choice.id)}
          >
            {choice.label}
          </GovButton>
        ))}
      </View>
    </View>
  )
}
