import { PageShell } from '../../../../components/page-shell'
import { AppointmentList } from '../../../../features/appointments'

export default function AppointmentListPage() {
  return (
    <PageShell>
      <AppointmentList />
    </PageShell>
  )
}
