import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { AppointmentView, getAppointment } from '../../../../features/appointments'

export default function AppointmentDetailPage() {
  const { id = '', booked } = currentParams()
  const { state, reload } = useRemote(() => getAppointment(id), [id])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(a) => <AppointmentView initial={a} justBooked={booked === '1'} />}
      </AsyncView>
    </PageShell>
  )
}
