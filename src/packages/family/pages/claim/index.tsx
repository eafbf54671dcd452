import { PageShell } from '../../../../components/page-shell'
import { replacePage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'
import { ClaimScreen } from '../../../../features/family'

export default function FamilyClaimPage() {
  return (
    <PageShell>
      <ClaimScreen onClaimed={() => replacePage(routes.familyActing())} />
    </PageShell>
  )
}
