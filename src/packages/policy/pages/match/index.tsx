import { PageShell } from '../../../../components/page-shell'
import { useFresh } from '../../../../hooks/use-fresh'
import { EnterpriseGate, MatchList, loadMatches } from '../../../../features/policy'

export default function PolicyMatchPage() {
  const { state, reload } = useFresh(loadMatches, [])
  return (
    <PageShell>
      <EnterpriseGate state={state} onRetry={reload}>
        {(data) => <MatchList data={data} />}
      </EnterpriseGate>
    </PageShell>
  )
}
