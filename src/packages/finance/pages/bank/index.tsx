import { PageShell } from '../../../../components/page-shell'
import { BankDesk } from '../../../../features/finance'

export default function BankDeskPage() {
  return (
    <PageShell>
      <BankDesk />
    </PageShell>
  )
}
