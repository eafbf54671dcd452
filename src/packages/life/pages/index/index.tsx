import { PageShell } from '../../../../components/page-shell'
import { LifeHome } from '../../../../features/life'

export default function LifePage() {
  return (
    <PageShell>
      <LifeHome />
    </PageShell>
  )
}
