import { View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraft } from '../../../hooks/use-draft'
import { useElderMode } from '../../../hooks/use-elder-mode'
import { replacePage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { EMPTY_BOOKING, type BookingDraft } from '../booking-draft'
import { asStep, chosenSoFar, type BookingStep } from '../model'
import { ConfirmStep } from './confirm-step'
import { DateStep } from './date-step'
import { PointStep } from './point-step'
import { SlotStep } from './slot-step'
import { StepHeader } from './step-header'
import './booking-flow.scss'

interface BookingFlowProps {
  itemId: string
  itemName: string
  /** The booking being moved to another time (改约), if any. */
  rescheduleOf?: string
  /** The 亲情代办 grant this booking is made under, for its grantor. */
  actingFor?: string
}

/** 预约: point → date → slot → confirm, one question per screen, autosaved at every step. */
export function BookingFlow({ itemId, itemName, rescheduleOf, actingFor }: BookingFlowProps) {
  const elder = useElderMode()
  const draft = useDraft(
    `booking:${rescheduleOf ?? itemId}${actingFor ? `:${actingFor}` : ''}`,
    EMPTY_BOOKING,
  )
  const values = draft.values
  const step = asStep(values.step)
  // Every change of choice starts a new submission: an old key would replay the old answer.
  const update = (patch: Partial<BookingDraft>) => {
    for (const [name, value] of Object.entries({ ...patch, key: '' })) {
      draft.setField(name as keyof BookingDraft, value)
    }
  }
  const go = (to: BookingStep) => draft.setField('step', to)
  const chooseDate = (d: { date: string; weekday: number }) => ({
    date: d.date,
    weekday: String(d.weekday),
  })

  return (
    <View className='booking-flow'>
      {draft.resumedAt && (
        <Notice
          tone='info'
          action={
            <GovButton variant='secondary' onClick={draft.clear}>
              从头重新选择
            </GovButton>
          }
        >
          已恢复您上次未完成的预约，可继续填写。
        </Notice>
      )}
      {actingFor && (
        <Notice tone='info'>您正在替家人预约：预约记在家人名下，并写入代办记录。</Notice>
      )}
      <StepHeader
        itemName={itemName}
        step={step}
        chosen={chosenSoFar(values, step)}
        moving={rescheduleOf !== undefined}
        onBack={go}
      />
      {step === 'point' && (
        <PointStep
          itemId={itemId}
          elder={elder}
          onPick={({ point }) => update({ pointId: point.id, pointName: point.name, step: 'date' })}
        />
      )}
      {step === 'date' && (
        <DateStep
          itemId={itemId}
          pointId={values.pointId}
          elder={elder}
          onPickDate={(d) => update({ ...chooseDate(d), step: 'slot' })}
          onPickSlot={(d, slot) =>
            update({
              ...chooseDate(d),
              slotStart: slot.start,
              slotTime: slot.time,
              step: 'confirm',
            })
          }
        />
      )}
      {step === 'slot' && (
        <SlotStep
          itemId={itemId}
          pointId={values.pointId}
          date={values.date}
          onPick={(slot) => update({ slotStart: slot.start, slotTime: slot.time, step: 'confirm' })}
        />
      )}
      {step === 'confirm' && (
        <ConfirmStep
          itemId={itemId}
          itemName={itemName}
          draft={values}
          rescheduleOf={rescheduleOf}
          actingFor={actingFor}
          update={update}
          saveKey={(key) => draft.setField('key', key)}
          onBooked={(booked) => {
            draft.clear()
            replacePage(
              actingFor
                ? routes.familyActing('booked')
                : routes.appointment(booked.id, rescheduleOf ? 'moved' : 'booked'),
            )
          }}
          onSlotTaken={() => go('slot')}
        />
      )}
    </View>
  )
}
