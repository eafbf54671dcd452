import { PageShell } from '../../../../components/page-shell'
import { currentParams } from '../../../../platform/navigation'
import { StaffCaseScreen } from '../../../../features/cases'

export default function StaffCasePage() {
  const { id = '' } = currentParams()
  return (
    <PageShell>
      <StaffCaseScreen id={id} />
    </PageShell>
  )
}
