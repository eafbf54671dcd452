import { Text, View } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { Notice } from '../../../../components/notice'
import { GovButton } from '../../../../components/gov-button'
import {
  AgentClaimForm,
  EnterpriseAgentsEntry,
  EnterpriseForm,
  IdentitySwitch,
  RealNameForm,
} from '../../../../features/account'
import { useSession } from '../../../../stores/session'

export default function IdentityPage() {
  const { profile, signIn } = useSession()
  if (profile === null) {
    return (
      <PageShell>
        <Notice
          tone='warning'
          action={<GovButton onClick={() => void signIn()}>微信一键登录</GovButton>}
        >
          请先登录，再完成实名核验或添加企业
        </Notice>
      </PageShell>
    )
  }
  return (
    <PageShell>
      <View className='gov-section'>
        <Text className='gov-section__title'>当前办事身份</Text>
        <IdentitySwitch />
      </View>
      <RealNameForm />
      <EnterpriseForm />
      <EnterpriseAgentsEntry />
      <AgentClaimForm />
    </PageShell>
  )
}
