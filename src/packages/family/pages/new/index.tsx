import { PageShell } from '../../../../components/page-shell'
import { replacePage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'
import { GrantWizard } from '../../../../features/family'

export default function FamilyNewPage() {
  return (
    <PageShell>
      <GrantWizard onCreated={(grant) => replacePage(routes.familyCode(grant.id))} />
    </PageShell>
  )
}
