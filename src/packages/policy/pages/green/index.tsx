import { PageShell } from '../../../../components/page-shell'
import { useRemote } from '../../../../hooks/use-remote'
import {
  EnterpriseGate,
  GreenChannel,
  loadMatches,
  loadPreReviews,
} from '../../../../features/policy'

const loadBoth = () => Promise.all([loadPreReviews(), loadMatches()])

export default function PolicyGreenPage() {
  const { state, reload } = useRemote(loadBoth, [])
  return (
    <PageShell>
      <EnterpriseGate state={state} onRetry={reload}>
        {([history, matches]) => <GreenChannel history={history} matches={matches} />}
      </EnterpriseGate>
    </PageShell>
  )
}
