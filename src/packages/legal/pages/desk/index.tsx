import { PageShell } from '../../../../components/page-shell'
import { LawyerDesk } from '../../../../features/legal'

export default function LawyerDeskPage() {
  return (
    <PageShell>
      <LawyerDesk />
    </PageShell>
  )
}
