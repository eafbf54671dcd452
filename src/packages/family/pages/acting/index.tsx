import { PageShell } from '../../../../components/page-shell'
import { currentParams } from '../../../../platform/navigation'
import { ActingScreen } from '../../../../features/family'

const DONE: Record<string, string> = {
  booked: '✓ 已替家人预约成功，预约记在家人名下，家人在“我的预约”里能看到。',
  applied: '✓ 已替家人提交一键代办，办件记在家人名下，家人在“我的办件”里能看到。',
}

export default function FamilyActingPage() {
  const { done = '' } = currentParams()
  return (
    <PageShell>
      <ActingScreen notice={DONE[done]} />
    </PageShell>
  )
}
