import { PageShell } from '../../../../components/page-shell'
import { useRemote } from '../../../../hooks/use-remote'
import { EnterpriseGate, GreenChannel, loadPreReviews } from '../../../../features/policy'

export default function PolicyGreenPage() {
  const { state, reload } = useRemote(loadPreReviews, [])
  return (
    <PageShell>
      <EnterpriseGate state={state} onRetry={reload}>
        {(history) => <GreenChannel history={history} />}
      </EnterpriseGate>
    </PageShell>
  )
}
