import { PageShell } from '../../../../components/page-shell'
import { AidCheck } from '../../../../features/legal'

export default function LegalAidPage() {
  return (
    <PageShell>
      <AidCheck />
    </PageShell>
  )
}
