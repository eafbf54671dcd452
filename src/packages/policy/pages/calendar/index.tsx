import { PageShell } from '../../../../components/page-shell'
import { useRemote } from '../../../../hooks/use-remote'
import {
  CalendarView,
  EnterpriseGate,
  SubscriptionCard,
  loadCalendar,
  loadSubscription,
} from '../../../../features/policy'

const loadBoth = () => Promise.all([loadSubscription(), loadCalendar()])

export default function PolicyCalendarPage() {
  const { state, reload } = useRemote(loadBoth, [])
  return (
    <PageShell>
      <EnterpriseGate state={state} onRetry={reload}>
        {([subscription, calendar]) => (
          <>
            <SubscriptionCard initial={subscription} />
            <CalendarView calendar={calendar} />
          </>
        )}
      </EnterpriseGate>
    </PageShell>
  )
}
