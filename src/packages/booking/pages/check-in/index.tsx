import { PageShell } from '../../../../components/page-shell'
import { CheckInDesk } from '../../../../features/booking'
import { currentParams } from '../../../../platform/navigation'

export default function CheckInPage() {
  return (
    <PageShell>
      <CheckInDesk scanned={currentParams().code} />
    </PageShell>
  )
}
