import { PageShell } from '../../../../components/page-shell'
import { GuideScreen } from '../../../../features/guide'
import { currentParams } from '../../../../platform/navigation'

/** Query values arrive still percent-encoded; a malformed one is taken as typed. */
function decoded(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export default function GuideAskPage() {
  return (
    <PageShell>
      <GuideScreen initial={decoded(currentParams().q)} />
    </PageShell>
  )
}
