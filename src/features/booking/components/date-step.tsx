import { Text, View } from '@tarojs/components'
import type { BookableDates, Slot } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { useRemote } from '../../../hooks/use-remote'
import { bookableDates, slotsOn } from '../api'
import { WEEKDAY_NAMES } from '../../../services/contract'
import { dateLabel, dayLabel, earliestOpenSlot, placesLabel } from '../model'

type BookableDate = BookableDates['dates'][number]

/** The earliest free slot over the next working days, for 长辈模式's one-tap offer. */
async function earliest(itemId: string, pointId: string) {
  const dates = await bookableDates(itemId, pointId)
  const first = dates.find((d) => d.remaining > 0)
  const slot = first ? earliestOpenSlot(await slotsOn(itemId, pointId, first.date)) : null
  return { dates, offer: first && slot ? { date: first, slot } : null }
}

/** Next 14 working days with the places left; 长辈模式 first offers the earliest free time. */
export function DateStep({
  itemId,
  pointId,
  elder,
  onPickDate,
  onPickSlot,
}: {
  itemId: string
  pointId: string
  elder: boolean
  onPickDate: (date: BookableDate) => void
  onPickSlot: (date: BookableDate, slot: Slot) => void
}) {
  const { state, reload } = useRemote(
    () =>
      elder
        ? earliest(itemId, pointId)
        : bookableDates(itemId, pointId).then((dates) => ({ dates, offer: null })),
    [itemId, pointId, elder],
  )
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(r) => r.dates.every((d) => d.remaining === 0)}
      empty={<Text>未来14个工作日该网点已约满，请返回上一步换一个网点。</Text>}
    >
      {({ dates, offer }) => (
        <View>
          {offer && (
            <View className='gov-card gov-section' aria-label='最早可约时间'>
              <Text className='booking-step__pick'>最早可约时间</Text>
              <Text className='booking-step__name'>
                {dateLabel(offer.date.date)} {offer.slot.time}
              </Text>
              <GovButton block onClick={() => onPickSlot(offer.date, offer.slot)}>
                就约这个时间
              </GovButton>
              <Text className='gov-text-secondary'>不合适？请在下面选择其他日期</Text>
            </View>
          )}
          <View className='booking-step__grid' role='radiogroup' aria-label='可预约日期'>
            {dates.map((d) => (
              <View
                key={d.date}
                className={`booking-step__option${d.remaining === 0 ? ' booking-step__option--full' : ''}`}
                role='radio'
                aria-checked={false}
                aria-disabled={d.remaining === 0}
                aria-label={`${dateLabel(d.date)} ${placesLabel(d.remaining)}`}
                onClick={d.remaining === 0 ? undefined : () => onPickDate(d)}
              >
                <Text className='booking-step__option-main'>{dayLabel(d.date)}</Text>
                <Text className='booking-step__option-hint'>
                  {WEEKDAY_NAMES[d.weekday]} {placesLabel(d.remaining)}
                </Text>
              </View>
            ))}
          </View>
        </View>
      )}
    </AsyncView>
  )
}
