import { PageShell } from '../../../../components/page-shell'
import { currentParams, replacePage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'
import { CorrectScreen } from '../../../../features/cases'

export default function CorrectPage() {
  const { id = '' } = currentParams()
  return (
    <PageShell>
      <CorrectScreen id={id} onSent={(detail) => replacePage(routes.caseDetail(detail.id))} />
    </PageShell>
  )
}
