import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useFresh } from '../../../../hooks/use-fresh'
import { currentParams } from '../../../../platform/navigation'
import { BookingView, getBooking } from '../../../../features/labs'

export default function BookingPage() {
  const id = currentParams().id ?? ''
  const { state, reload } = useFresh(() => getBooking(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(booking) => <BookingView key={booking.id} initial={booking} />}
      </AsyncView>
    </PageShell>
  )
}
