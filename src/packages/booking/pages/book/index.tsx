import { useEffect } from 'react'
import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams, setPageTitle } from '../../../../platform/navigation'
import { BookingFlow, itemName } from '../../../../features/booking'

export default function BookPage() {
  const { itemId = '', from, for: actingFor } = currentParams()
  const { state, reload } = useRemote(() => itemName(itemId), [itemId])
  useEffect(() => {
    if (from) setPageTitle('改约')
  }, [from])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(name) => (
          <BookingFlow itemId={itemId} itemName={name} rescheduleOf={from} actingFor={actingFor} />
        )}
      </AsyncView>
    </PageShell>
  )
}
