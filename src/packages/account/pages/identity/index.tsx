import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { PageShell } from '../../../../components/page-shell'
import { Notice } from '../../../../components/notice'
import { GovButton } from '../../../../components/gov-button'
import {
  AgentClaimForm,
  EnterpriseAgentsEntry,
  EnterpriseForm,
  IdentitySwitch,
  RealNameForm,
  refreshProfile,
} from '../../../../features/account'
import { useSession } from '../../../../stores/session'

export default function IdentityPage() {
  const { profile, signIn } = useSession()
  // A grant revoked or an identity taken over elsewhere shows as soon as the page is seen again.
  useDidShow(() => {
    if (useSession.getState().token !== null) void refreshProfile().catch(() => undefined)
  })
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
