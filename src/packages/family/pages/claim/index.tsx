import { PageShell } from '../../../../components/page-shell'
import { currentParams, replacePage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'
import { ClaimScreen } from '../../../../features/family'

export default function FamilyClaimPage() {
  // Set when WeChat's own scanner or 扫一扫 opened the grandparent's QR code.
  const { code } = currentParams()
  return (
    <PageShell>
      <ClaimScreen scanned={code} onClaimed={() => replacePage(routes.familyActing())} />
    </PageShell>
  )
}
