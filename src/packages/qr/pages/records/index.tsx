import { PageShell } from '../../../../components/page-shell'
import { ScanRecords } from '../../../../features/qr'

export default function ScanRecordsPage() {
  return (
    <PageShell>
      <ScanRecords />
    </PageShell>
  )
}
