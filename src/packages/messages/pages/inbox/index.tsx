import { PageShell } from '../../../../components/page-shell'
import { Inbox } from '../../../../features/messages'

export default function InboxPage() {
  return (
    <PageShell>
      <Inbox />
    </PageShell>
  )
}
