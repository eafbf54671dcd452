import { PageShell } from '../../../../components/page-shell'
import { TestingHome } from '../../../../features/testing'

export default function TestingHomePage() {
  return (
    <PageShell>
      <TestingHome />
    </PageShell>
  )
}
