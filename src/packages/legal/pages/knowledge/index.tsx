import { PageShell } from '../../../../components/page-shell'
import { KnowledgeSearch } from '../../../../features/legal'

export default function KnowledgePage() {
  return (
    <PageShell>
      <KnowledgeSearch />
    </PageShell>
  )
}
