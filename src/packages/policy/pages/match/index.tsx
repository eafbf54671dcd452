import { PageShell } from '../../../../components/page-shell'
import { useRemote } from '../../../../hooks/use-remote'
import { EnterpriseGate, MatchList, loadMatches } from '../../../../features/policy'

export default function PolicyMatchPage() {
  const { state, reload } = useRemote(loadMatches, [])
  return (
    <PageShell>
      <EnterpriseGate state={state} onRetry={reload}>
        {(data) => <MatchList data={data} />}
      </EnterpriseGate>
    </PageShell>
  )
}
