import { PageShell } from '../../../../components/page-shell'
import { AppointmentList } from '../../../../features/booking'

export default function AppointmentListPage() {
  return (
    <PageShell>
      <AppointmentList />
    </PageShell>
  )
}
