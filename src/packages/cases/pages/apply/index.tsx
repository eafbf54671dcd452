import { PageShell } from '../../../../components/page-shell'
import { currentParams, replacePage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'
import { ApplyScreen } from '../../../../features/cases'

export default function ApplyPage() {
  const { kind, id = '', for: actingFor } = currentParams()
  return (
    <PageShell>
      <ApplyScreen
        source={{ kind: kind === 'bundle' ? 'bundle' : 'item', id }}
        actingFor={actingFor}
        onSent={(detail) =>
          replacePage(
            actingFor ? routes.familyActing('applied') : routes.caseDetail(detail.id, true),
          )
        }
      />
    </PageShell>
  )
}
