import { useState } from 'react'
import type { Appointment, Reminder } from '../../services/contract'
import { schemasOf } from '../../services/contract/lazy-schemas'
import { isApiError, loadContract } from '../../services/http'
import { useContractSchema } from '../../hooks/use-contract-schema'
import { randomId } from '../../platform/random'
import { askReminderSubscription } from '../../platform/subscribe'
import { formErrors } from '../../utils/form-errors'
import { book, reschedule } from './api'
import type { BookingDraft } from './booking-draft'

const loadBookingRequest = () => schemasOf.booking().then((m) => m.BookingRequest)

/** weapp asks for the subscription message at the confirm tap; H5 reminds in the app instead. */
const askReminder = async (): Promise<Reminder> =>
  (await askReminderSubscription()) ? 'wechat' : 'none'

export interface SubmitError {
  message: string
  code: string | undefined
}

/**
 * Sends the booking (or the reschedule) once: the Idempotency-Key is saved in the draft before
 * sending, so a retry after a timeout or after the app was killed cannot book twice.
 */
export function useBookingSubmit(
  itemId: string,
  rescheduleOf: string | undefined,
  draft: BookingDraft,
  /** The booker typed a name and phone (else the server uses the saved ones). */
  typed: boolean,
  saveKey: (key: string) => void,
  done: (booked: Appointment) => void,
  /** The 亲情代办 grant to book under, for its grantor. */
  actingFor?: string,
) {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<SubmitError | null>(null)
  const [sending, setSending] = useState(false)
  // Loaded with the screen: the confirm tap then checks and asks for the subscription at once
  // (WeChat shows that dialog only in answer to a tap, not after a download).
  const schema = useContractSchema(loadBookingRequest)

  const submit = async () => {
    setError(null)
    const body = {
      itemId,
      pointId: draft.pointId,
      slotStart: draft.slotStart,
      ...(typed && { name: draft.name, phone: draft.phone }),
      ...(actingFor !== undefined && { actingFor }),
    }
    let checked = schema
    try {
      checked ??= await loadContract(loadBookingRequest)
    } catch (failure) {
      setError({
        message: isApiError(failure) ? failure.message : '提交失败，请稍后重试',
        code: undefined,
      })
      return
    }
    const found = formErrors(checked, body)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const reminder = rescheduleOf ? undefined : await askReminder()
    const key = draft.key || randomId()
    saveKey(key)
    setSending(true)
    try {
      done(
        rescheduleOf
          ? await reschedule(
              rescheduleOf,
              { pointId: body.pointId, slotStart: body.slotStart },
              key,
            )
          : await book({ ...body, reminder }, key),
      )
    } catch (failure) {
      if (isApiError(failure)) {
        setErrors(failure.fields ?? {})
        setError({ message: failure.message, code: failure.code })
      } else setError({ message: '提交失败，请稍后重试', code: undefined })
    } finally {
      setSending(false)
    }
  }
  return { submit, errors, error, sending }
}
