import { PageShell } from '../../../../components/page-shell'
import { useFresh } from '../../../../hooks/use-fresh'
import {
  EnterpriseGate,
  GreenChannel,
  loadMatches,
  loadPreReviews,
} from '../../../../features/policy'

const loadBoth = () => Promise.all([loadPreReviews(), loadMatches()])

export default function PolicyGreenPage() {
  const { state, reload } = useFresh(loadBoth, [])
  return (
    <PageShell>
      <EnterpriseGate state={state} onRetry={reload}>
        {([history, matches]) => <GreenChannel history={history} matches={matches} />}
      </EnterpriseGate>
    </PageShell>
  )
}
