import { PageShell } from '../../../../components/page-shell'
import { GrantsScreen } from '../../../../features/family'

export default function FamilyGrantsPage() {
  return (
    <PageShell>
      <GrantsScreen />
    </PageShell>
  )
}
