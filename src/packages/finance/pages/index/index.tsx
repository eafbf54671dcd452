import { PageShell } from '../../../../components/page-shell'
import { FinanceHome } from '../../../../features/finance'

export default function FinanceHomePage() {
  return (
    <PageShell>
      <FinanceHome />
    </PageShell>
  )
}
