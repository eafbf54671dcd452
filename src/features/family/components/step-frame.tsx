import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { ReadAloud } from '../../../components/read-aloud'
import { speechOf } from '../../../utils/speech-text'
import { STEP_QUESTIONS, previousStep, stepsFor, type GrantStep } from '../model'

/** One question per screen: where we are, the question, and a clear 上一步. */
export function StepFrame({
  step,
  kind,
  onBack,
  children,
}: {
  step: GrantStep
  kind: string
  onBack: (to: GrantStep) => void
  children: ReactNode
}) {
  const steps = stepsFor(kind)
  const back = previousStep(step, kind)
  const position = `新建授权，第${steps.indexOf(step) + 1}步，共${steps.length}步`
  return (
    <View className='gov-card gov-section'>
      <Text className='family-step__count'>
        新建授权 · 第{steps.indexOf(step) + 1}步，共{steps.length}步
      </Text>
      <Text className='family-step__question'>{STEP_QUESTIONS[step]}</Text>
      <ReadAloud text={speechOf([position, STEP_QUESTIONS[step]])} />
      {back !== null && (
        <View className='family-step__back'>
          <GovButton variant='secondary' onClick={() => onBack(back)}>
            上一步
          </GovButton>
        </View>
      )}
      {children}
    </View>
  )
}
