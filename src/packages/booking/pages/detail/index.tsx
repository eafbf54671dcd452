import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useFresh } from '../../../../hooks/use-fresh'
import { currentParams } from '../../../../platform/navigation'
import { AppointmentView, getAppointment } from '../../../../features/booking'

export default function AppointmentDetailPage() {
  const { id = '', booked, moved } = currentParams()
  const { state, reload } = useFresh(() => getAppointment(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(a) => (
          <AppointmentView
            initial={a}
            result={moved === '1' ? 'moved' : booked === '1' ? 'booked' : undefined}
          />
        )}
      </AsyncView>
    </PageShell>
  )
}
