import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { Chips } from '../../../components/chips'
import { useFresh } from '../../../hooks/use-fresh'
import { staffCases } from '../api'
import { CaseCard } from './case-card'
import { StaffComplaints } from './complaint-answer'
import './cases.scss'

type Scope = 'open' | 'closed' | 'complaints'
const SCOPES = [
  { value: 'open', text: '待办' },
  { value: 'closed', text: '已办结' },
  { value: 'complaints', text: '投诉建议' },
] as const

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
  const [scope, setScope] = useState<Scope>('open')
  return (
    <View>
      <Chips<Scope>
        label='办件范围'
        options={SCOPES}
        value={scope}
        onChange={(v) => setScope(v ?? 'open')}
      />
      {scope === 'complaints' ? <StaffComplaints /> : <StaffCases scope={scope} onOpen={onOpen} />}
    </View>
  )
}
