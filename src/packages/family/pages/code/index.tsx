import { PageShell } from '../../../../components/page-shell'
import { currentParams, replacePage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'
import { CodeScreen } from '../../../../features/family'

export default function FamilyCodePage() {
  const { id = '' } = currentParams()
  return (
    <PageShell>
      <CodeScreen id={id} onDone={() => replacePage(routes.family)} />
    </PageShell>
  )
}
