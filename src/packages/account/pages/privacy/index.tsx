import { PageShell } from '../../../../components/page-shell'
import { PrivacyNotice } from '../../../../features/settings'

export default function PrivacyPage() {
  return (
    <PageShell>
      <PrivacyNotice />
    </PageShell>
  )
}
