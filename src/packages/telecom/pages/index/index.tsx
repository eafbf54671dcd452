import { PageShell } from '../../../../components/page-shell'
import { PlanCompare } from '../../../../features/telecom'

export default function TelecomPage() {
  return (
    <PageShell>
      <PlanCompare />
    </PageShell>
  )
}
