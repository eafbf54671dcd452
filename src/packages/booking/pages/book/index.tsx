import { PageShell } from '../../../../components/page-shell'
import { AsyncView } from '../../../../components/async-view'
import { useRemote } from '../../../../hooks/use-remote'
import { currentParams } from '../../../../platform/navigation'
import { BookingFlow, itemName } from '../../../../features/appointments'

export default function BookPage() {
  const { itemId = '', from } = currentParams()
  const { state, reload } = useRemote(() => itemName(itemId), [itemId])
  return (
    <PageShell>
      <AsyncView state={state} onRetry={reload}>
        {(name) => <BookingFlow itemId={itemId} itemName={name} rescheduleOf={from} />}
      </AsyncView>
    </PageShell>
  )
}
