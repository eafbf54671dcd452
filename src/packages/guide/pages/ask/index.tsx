import { PageShell } from '../../../../components/page-shell'
import { GuideScreen } from '../../../../features/guide'

export default function GuideAskPage() {
  return (
    <PageShell>
      <GuideScreen />
    </PageShell>
  )
}
