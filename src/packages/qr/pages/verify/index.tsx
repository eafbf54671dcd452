import { PageShell } from '../../../../components/page-shell'
import { VerifyView } from '../../../../features/qr'

export default function VerifyPage() {
  return (
    <PageShell>
      <VerifyView />
    </PageShell>
  )
}
