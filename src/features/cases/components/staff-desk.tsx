import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { Chips } from '../../../components/chips'
import { useFresh } from '../../../hooks/use-fresh'
import { useSession } from '../../../stores/session'
import { staffCases } from '../api'
import { deskScopes, type DeskScope } from '../model'
import { CaseCard } from './case-card'
import { StaffComplaints } from './complaint-answer'
import './cases.scss'

const SCOPE_TEXT: Record<DeskScope, string> = {
  open: '待办',
  closed: '已办结',
  complaints: '投诉建议',
}

/** The 帮办员's cases: open ones oldest first (closest to the deadline), or the closed ones. */
function StaffCases({
  scope,
  onOpen,
}: {
  scope: 'open' | 'closed'
  onOpen: (c: CaseSummary) => void
}) {
  const { state, reload } = useFresh(() => staffCases(scope), [scope])
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(items) => items.length === 0}
      empty={<Text>{scope === 'open' ? '暂无待办的办件' : '暂无已办结的办件'}</Text>}
    >
      {(items) => (
        <View>
          {items.map((c) => (
            <CaseCard key={c.id} summary={c} showApplicant onOpen={() => onOpen(c)} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}

/** The 帮办员's desk: their cases, and the 投诉建议 about them to answer. */
export function StaffDesk({ onOpen }: { onOpen: (c: CaseSummary) => void }) {
  const scopes = deskScopes(useSession((s) => s.profile?.roles))
  const [chosen, setScope] = useState<DeskScope | null>(null)
  const scope = chosen !== null && scopes.includes(chosen) ? chosen : (scopes[0] ?? 'complaints')
  return (
    <View>
      {scopes.length > 1 && (
        <Chips<DeskScope>
          label='办件范围'
          options={scopes.map((value) => ({ value, text: SCOPE_TEXT[value] }))}
          value={scope}
          onChange={(v) => setScope(v ?? null)}
        />
      )}
      {scope === 'complaints' ? <StaffComplaints /> : <StaffCases scope={scope} onOpen={onOpen} />}
    </View>
  )
}
