import { Text, View } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Notice } from '../../../../components/notice'
import { AgentGrants } from '../../../../features/account'
import { currentParams } from '../../../../platform/navigation'
import { useSession } from '../../../../stores/session'

export default function AgentsPage() {
  const id = currentParams().id ?? ''
  const firm = useSession((s) => s.profile?.enterprises.find((e) => e.id === id))
  return (
    <PageShell>
      {firm?.basis === 'legal_rep' ? (
        <View>
          <View className='gov-section'>
            <Text className='gov-section__title'>{firm.name}</Text>
            <Text className='gov-text-secondary'>
              经办人可在授权的事项和期限内以企业名义办理；您随时可以撤销，撤销立即生效，每一步都有记录。
            </Text>
          </View>
          <AgentGrants enterpriseId={firm.id} />
        </View>
      ) : (
        <Notice tone='warning'>
          只有企业的法定代表人可以管理经办人授权，请先以法定代表人身份绑定企业
        </Notice>
      )}
    </PageShell>
  )
}
