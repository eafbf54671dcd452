import type { Choice } from '../../components/choice-group'
import type { Lab, SamplingSlot } from '../../services/contract'

type Offer = Pick<Lab, 'bookableDates' | 'fullHalfDays'>

const SLOTS: readonly Choice<SamplingSlot>[] = [
  { value: 'am', label: '上午 9:00–12:00' },
  { value: 'pm', label: '下午 14:00–17:30' },
]

const isFull = (offer: Offer, date: string, slot: SamplingSlot) =>
  offer.fullHalfDays.some((f) => f.date === date && f.slot === slot)

/** The days with a half day still free: a day booked full is not offered at all. */
export const openDates = (offer: Offer): string[] =>
  offer.bookableDates.filter((date) => SLOTS.some((s) => !isFull(offer, date, s.value)))

/** 上午 and 下午 for the chosen day; a full one says so and cannot be chosen. */
export const slotChoices = (offer: Offer, date: string): Choice<SamplingSlot>[] =>
  SLOTS.map((s) =>
    date !== '' && isFull(offer, date, s.value)
      ? { ...s, label: `${s.label}（已约满）`, disabled: true }
      : s,
  )

/** The half day a new date keeps: the one chosen, unless it is full on that date. */
export const slotOnNewDate = (offer: Offer, date: string, slot: string): string =>
  slot !== '' && isFull(offer, date, slot as SamplingSlot) ? '' : slot
