import { PageShell } from '../../../../components/page-shell'
import { useFresh } from '../../../../hooks/use-fresh'
import { currentParams } from '../../../../platform/navigation'
import { EnterpriseGate, PolicyDetail, loadDetail } from '../../../../features/policy'

export default function PolicyDetailPage() {
  const id = currentParams().id ?? ''
  const { state, reload } = useFresh(() => loadDetail(id), [id])
  return (
    <PageShell>
      <EnterpriseGate state={state} onRetry={reload}>
        {(detail) => <PolicyDetail detail={detail} />}
      </EnterpriseGate>
    </PageShell>
  )
}
