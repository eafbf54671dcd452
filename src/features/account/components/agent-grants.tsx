import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import type { AgentGrant } from '../../../services/contract'
import { AGENT_SCOPE_NAMES } from '../../../services/contract/choices'
import { useFresh } from '../../../hooks/use-fresh'
import { isApiError } from '../../../services/http'
import { agentGrants, revokeAgent } from '../api'
import { beijingDay, beijingMinute, grantStatusText } from '../model'
import { AgentGrantForm } from './agent-grant-form'

function GrantCard({ grant, onRevoke }: { grant: AgentGrant; onRevoke: () => void }) {
  const live = grant.status === 'unclaimed' || grant.status === 'active'
  return (
    <View className='gov-card gov-list-card' aria-label={`经办人 ${grant.agentNameMasked}`}>
      <Text className='gov-line'>
        经办人 {grant.agentNameMasked}（{grant.agentIdNumberMasked}）·{' '}
        {grantStatusText(grant.status)}
      </Text>
      <Text className='gov-text-secondary'>
        可办：{grant.scopes.map((s) => AGENT_SCOPE_NAMES[s]).join('、')}；有效至
        {beijingDay(grant.validUntil)}
      </Text>
      {grant.claimCode !== null && (
        <Text className='gov-line'>
          授权码 {grant.claimCode}（
          {grant.codeExpiresAt === null ? '' : beijingMinute(grant.codeExpiresAt)}
          前有效，请只告诉经办人本人）
        </Text>
      )}
      {grant.audit.map((a) => (
        <Text key={`${a.action}-${a.at}`} className='gov-text-secondary'>
          {beijingMinute(a.at)} {a.actorMasked} {a.action}
        </Text>
      ))}
      {live && (
        <GovButton variant='danger' onClick={onRevoke}>
          撤销授权
        </GovButton>
      )}
    </View>
  )
}

/** The 法定代表人's view: every 经办人 grant of the firm, a new one, and revocation at once. */
export function AgentGrants({ enterpriseId }: { enterpriseId: string }) {
  const { state, reload } = useFresh(() => agentGrants(enterpriseId), [enterpriseId])
  const [error, setError] = useState<string | null>(null)
  const revoke = (grantId: string) => {
    setError(null)
    revokeAgent(enterpriseId, grantId).then(reload, (e: unknown) =>
      setError(isApiError(e) ? e.message : '撤销失败，请重试'),
    )
  }
  return (
    <View>
      <AgentGrantForm enterpriseId={enterpriseId} onGranted={reload} />
      {error !== null && <Notice tone='danger'>{error}</Notice>}
      <AsyncView state={state} onRetry={reload}>
        {({ items }) => (
          <View className='gov-section' aria-label='经办人授权记录'>
            <Text className='gov-section__title'>授权记录</Text>
            {items.length === 0 && <Text className='gov-text-secondary'>还没有授权过经办人。</Text>}
            {items.map((grant) => (
              <GrantCard key={grant.id} grant={grant} onRevoke={() => revoke(grant.id)} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
