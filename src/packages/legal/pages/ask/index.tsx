import { PageShell } from '../../../../components/page-shell'
import { AskForm } from '../../../../features/legal'

export default function AskLawyerPage() {
  return (
    <PageShell>
      <AskForm />
    </PageShell>
  )
}
