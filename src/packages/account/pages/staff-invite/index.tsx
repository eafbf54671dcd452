import { PageShell } from '../../../../components/page-shell'
import { currentParams } from '../../../../platform/navigation'
import { InviteClaimScreen } from '../../../../features/console'

export default function StaffInvitePage() {
  // Set when the scanner opened the invite's QR code.
  const { code } = currentParams()
  return (
    <PageShell>
      <InviteClaimScreen scanned={code} />
    </PageShell>
  )
}
