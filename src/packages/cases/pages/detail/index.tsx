import { PageShell } from '../../../../components/page-shell'
import { currentParams, openPage } from '../../../../platform/navigation'
import { routes } from '../../../../utils/routes'
import { CaseDetailScreen } from '../../../../features/cases'
import { SubscribeCard } from '../../../../features/messages'

export default function CaseDetailPage() {
  const { id = '', submitted } = currentParams()
  return (
    <PageShell>
      <CaseDetailScreen
        id={id}
        justSubmitted={submitted === '1'}
        onCorrect={(detail) => openPage(routes.caseCorrect(detail.id))}
        onComplain={(detail) => openPage(routes.complaint(detail.id))}
      />
      {submitted === '1' && <SubscribeCard moment='case_submitted' />}
    </PageShell>
  )
}
