import { PageShell } from '../../../../components/page-shell'
import { CheckInDesk } from '../../../../features/appointments'

export default function CheckInPage() {
  return (
    <PageShell>
      <CheckInDesk />
    </PageShell>
  )
}
