import { PageShell } from '../../../../components/page-shell'
import { useFresh } from '../../../../hooks/use-fresh'
import {
  CalendarView,
  EnterpriseGate,
  SubscriptionCard,
  loadCalendar,
  loadSubscription,
} from '../../../../features/policy'

const loadBoth = () => Promise.all([loadSubscription(), loadCalendar()])

export default function PolicyCalendarPage() {
  const { state, reload } = useFresh(loadBoth, [])
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
