import { PageShell } from '../../../../components/page-shell'
import { currentParams } from '../../../../platform/navigation'
import { ComplaintScreen } from '../../../../features/cases'

export default function ComplaintPage() {
  const { caseId, id } = currentParams()
  return (
    <PageShell>
      <ComplaintScreen caseId={caseId} openId={id} />
    </PageShell>
  )
}
