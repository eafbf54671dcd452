import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { ReadAloud } from '../../../components/read-aloud'
import { speechOf } from '../../../utils/speech-text'
import { BOOKING_STEPS, previousStep, STEP_HINTS, STEP_TITLES, type BookingStep } from '../model'

export function StepHeader({
  itemName,
  step,
  chosen,
  onBack,
}: {
  itemName: string
  step: BookingStep
  /** What has been chosen so far (网点, 日期, 时段), read out after the step's title. */
  chosen: readonly string[]
  onBack: (to: BookingStep) => void
}) {
  const back = previousStep(step)
  const position = `第${BOOKING_STEPS.indexOf(step) + 1}步，共${BOOKING_STEPS.length}步`
  return (
    <View className='gov-card gov-section booking-step__head'>
      <Text className='gov-text-secondary'>
        预约办理：{itemName} · {position}
      </Text>
      <Text className='gov-section__title'>{STEP_TITLES[step]}</Text>
      <ReadAloud
        text={speechOf([
          `预约办理${itemName}`,
          position,
          STEP_TITLES[step],
          ...chosen,
          STEP_HINTS[step],
        ])}
      />
      {back !== null && (
        <GovButton variant='secondary' onClick={() => onBack(back)}>
          上一步：{STEP_TITLES[back]}
        </GovButton>
      )}
    </View>
  )
}
