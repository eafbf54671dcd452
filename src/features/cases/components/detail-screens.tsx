import type { CaseDetail } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { useFresh } from '../../../hooks/use-fresh'
import { getCase, staffCase } from '../api'
import { awaitsStaff } from '../model'
import { CaseView } from './case-view'
import { StaffCase } from './staff-case'
import './cases.scss'

export function CaseDetailScreen({
  id,
  justSubmitted,
  onCorrect,
  onComplain,
}: {
  id: string
  justSubmitted: boolean
  onCorrect: (detail: CaseDetail) => void
  onComplain: (detail: CaseDetail) => void
}) {
  const { state, reload } = useFresh(() => getCase(id), [id], { waiting: awaitsStaff })
  return (
    <AsyncView state={state} onRetry={reload}>
      {(detail) => (
        <CaseView
          initial={detail}
          justSubmitted={justSubmitted}
          onCorrect={() => onCorrect(detail)}
          onComplain={() => onComplain(detail)}
        />
      )}
    </AsyncView>
  )
}

export function StaffCaseScreen({ id }: { id: string }) {
  const { state, reload } = useFresh(() => staffCase(id), [id])
  return (
    <AsyncView state={state} onRetry={reload}>
      {(detail) => <StaffCase initial={detail} />}
    </AsyncView>
  )
}
