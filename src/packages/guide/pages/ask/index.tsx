import { PageShell } from '../../../../components/page-shell'
import { GuideScreen } from '../../../../features/guide'
import { currentParams } from '../../../../platform/navigation'

export default function GuideAskPage() {
  return (
    <PageShell>
      <GuideScreen initial={currentParams().q} />
    </PageShell>
  )
}
