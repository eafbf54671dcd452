import type { ReactNode } from 'react'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import type { RemoteState } from '../../../hooks/use-remote'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'

interface EnterpriseGateProps<T> {
  state: RemoteState<T>
  onRetry: () => void
  children: (data: T) => ReactNode
}

/** Policy pages need the 法人 identity: say so with a way there, instead of a bare error. */
export function EnterpriseGate<T>({ state, onRetry, children }: EnterpriseGateProps<T>) {
  if (state.status === 'error' && state.error.code === 'ENTERPRISE_IDENTITY_REQUIRED') {
    return (
      <Notice
        tone='warning'
        action={
          <GovButton onClick={() => openPage(routes.identity)}>添加企业 / 切换身份</GovButton>
        }
      >
        {state.error.message}
      </Notice>
    )
  }
  return (
    <AsyncView state={state} onRetry={onRetry}>
      {children}
    </AsyncView>
  )
}
