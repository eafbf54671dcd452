import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { ReadAloud } from '../../../components/read-aloud'
import { speechOf } from '../../../utils/speech-text'
import { BOOKING_STEPS, previousStep, STEP_HINTS, stepTitle, type BookingStep } from '../model'

export function StepHeader({
  itemName,
  step,
  chosen,
  moving = false,
  onBack,
}: {
  itemName: string
  step: BookingStep
  /** What has been chosen so far (网点, 日期, 时段), read out after the step's title. */
  chosen: readonly string[]
  /** An 改约 of an existing booking. */
  moving?: boolean
  onBack: (to: BookingStep) => void
}) {
  const back = previousStep(step)
  const position = `第${BOOKING_STEPS.indexOf(step) + 1}步，共${BOOKING_STEPS.length}步`
  const doing = moving ? '改约' : '预约办理'
  const title = stepTitle(step, moving)
  return (
    <View className='gov-card gov-section booking-step__head'>
      <Text className='gov-text-secondary'>
        {doing}：{itemName} · {position}
      </Text>
      <Text className='gov-section__title'>{title}</Text>
      <ReadAloud
        text={speechOf([`${doing}${itemName}`, position, title, ...chosen, STEP_HINTS[step]])}
      />
      {back !== null && (
        <GovButton variant='secondary' onClick={() => onBack(back)}>
          上一步：{stepTitle(back, moving)}
        </GovButton>
      )}
    </View>
  )
}
