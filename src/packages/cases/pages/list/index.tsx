import { PageShell } from '../../../../components/page-shell'
import { openPage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'
import { CaseList } from '../../../../features/cases'

export default function CaseListPage() {
  return (
    <PageShell>
      <CaseList onOpen={(c) => openPage(routes.caseDetail(c.id))} />
    </PageShell>
  )
}
