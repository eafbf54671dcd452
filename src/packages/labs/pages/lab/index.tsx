import { PageShell } from '../../../../components/page-shell'
import { LabDesk } from '../../../../features/labs'

export default function LabDeskPage() {
  return (
    <PageShell>
      <LabDesk />
    </PageShell>
  )
}
