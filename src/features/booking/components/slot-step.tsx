import { Text, View } from '@tarojs/components'
import type { Slot } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { useRemote } from '../../../hooks/use-remote'
import { slotsOn } from '../api'
import { slotHint } from '../model'

/** Half-hour slots with places left and how busy the hall usually is then. */
export function SlotStep({
  itemId,
  pointId,
  date,
  onPick,
}: {
  itemId: string
  pointId: string
  date: string
  onPick: (slot: Slot) => void
}) {
  const { state, reload } = useRemote(() => slotsOn(itemId, pointId, date), [itemId, pointId, date])
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(slots) => slots.every((s) => s.remaining === 0)}
      empty={<Text>这一天已约满，请返回上一步选择其他日期。</Text>}
    >
      {(slots) => (
        <View>
          <Text className='gov-text-secondary'>“较忙”是按以往同一时段的预约人数估计的。</Text>
          <View className='booking-step__grid' role='radiogroup' aria-label='可预约时段'>
            {slots.map((slot) => (
              <View
                key={slot.start}
                className={`booking-step__option${slot.remaining === 0 ? ' booking-step__option--full' : ''}`}
                role='radio'
                aria-checked={false}
                aria-disabled={slot.remaining === 0}
                aria-label={`${slot.time} ${slotHint(slot)}`}
                onClick={slot.remaining === 0 ? undefined : () => onPick(slot)}
              >
                <Text className='booking-step__option-main'>{slot.time}</Text>
                <Text className='booking-step__option-hint'>{slotHint(slot)}</Text>
              </View>
            ))}
          </View>
        </View>
      )}
    </AsyncView>
  )
}
