import { PageShell } from '../../../../components/page-shell'
import { LegalHub } from '../../../../features/legal'

export default function LegalHomePage() {
  return (
    <PageShell>
      <LegalHub />
    </PageShell>
  )
}
