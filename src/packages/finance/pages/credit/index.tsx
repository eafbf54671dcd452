import { PageShell } from '../../../../components/page-shell'
import { CreditForm } from '../../../../features/finance'

export default function CreditPage() {
  return (
    <PageShell>
      <CreditForm />
    </PageShell>
  )
}
