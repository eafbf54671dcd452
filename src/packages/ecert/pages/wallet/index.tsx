import { PageShell } from '../../../../components/page-shell'
import { Wallet } from '../../../../features/ecert'
import { openPage } from '../../../../platform/navigation'
import { useSession } from '../../../../stores/session'
import { routes } from '../../../../utils/routes'

export default function WalletPage() {
  const realNamed = useSession((s) => s.profile?.realName != null)
  return (
    <PageShell>
      <Wallet realNamed={realNamed} onRealName={() => openPage(routes.identity)} />
    </PageShell>
  )
}
