import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { BOOKING_STEPS, previousStep, STEP_TITLES, type BookingStep } from '../model'

export function StepHeader({
  itemName,
  step,
  onBack,
}: {
  itemName: string
  step: BookingStep
  onBack: (to: BookingStep) => void
}) {
  const back = previousStep(step)
  return (
    <View className='gov-card gov-section booking-step__head'>
      <Text className='gov-text-secondary'>
        预约办理：{itemName} · 第{BOOKING_STEPS.indexOf(step) + 1}步，共{BOOKING_STEPS.length}步
      </Text>
      <Text className='gov-section__title'>{STEP_TITLES[step]}</Text>
      {back !== null && (
        <GovButton variant='secondary' onClick={() => onBack(back)}>
          上一步：{STEP_TITLES[back]}
        </GovButton>
      )}
    </View>
  )
}
