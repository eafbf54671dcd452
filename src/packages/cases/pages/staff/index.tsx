import { PageShell } from '../../../../components/page-shell'
import { openPage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'
import { StaffDesk } from '../../../../features/cases'

export default function StaffDeskPage() {
  return (
    <PageShell>
      <StaffDesk onOpen={(c) => openPage(routes.staffCase(c.id))} />
    </PageShell>
  )
}
