/** What the booking flow autosaves, so a killed app resumes at the same step. */
export const EMPTY_BOOKING = {
  step: 'point',
  pointId: '',
  pointName: '',
  date: '',
  weekday: '',
  slotStart: '',
  slotTime: '',
  name: '',
  phone: '',
  /** '1' when the user chose to type a contact instead of the saved one. */
  editContact: '',
  /** The Idempotency-Key of the pending submission; a changed choice starts a new one. */
  key: '',
}
export type BookingDraft = typeof EMPTY_BOOKING
