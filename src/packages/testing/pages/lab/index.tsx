import { PageShell } from '../../../../components/page-shell'
import { LabDesk } from '../../../../features/testing'

export default function LabDeskPage() {
  return (
    <PageShell>
      <LabDesk />
    </PageShell>
  )
}
