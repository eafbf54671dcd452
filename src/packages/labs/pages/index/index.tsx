import { PageShell } from '../../../../components/page-shell'
import { LabsHome } from '../../../../features/labs'

export default function LabsHomePage() {
  return (
    <PageShell>
      <LabsHome />
    </PageShell>
  )
}
