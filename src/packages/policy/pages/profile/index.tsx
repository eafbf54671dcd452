import { PageShell } from '../../../../components/page-shell'
import { useRemote } from '../../../../hooks/use-remote'
import { EnterpriseGate, ProfileEditor, loadProfile } from '../../../../features/policy'

export default function PolicyProfilePage() {
  const { state, reload } = useRemote(loadProfile, [])
  return (
    <PageShell>
      <EnterpriseGate state={state} onRetry={reload}>
        {(profile) => <ProfileEditor initial={profile} />}
      </EnterpriseGate>
    </PageShell>
  )
}
