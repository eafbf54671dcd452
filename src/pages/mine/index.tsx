import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { PageShell } from '../../components/page-shell'
import { Cell } from '../../components/cell'
import { AccountHeader, IdentitySwitch, refreshProfile, StaffDesks } from '../../features/account'
import { MessagesCell } from '../../features/messages'
import { openPage } from '../../platform/navigation'
import { expectsSignedIn, useSession } from '../../stores/session'
import { usePreferences } from '../../stores/preferences'
import { routes } from '../../utils/routes'

const ELDER_LABELS = { system: '跟随系统', on: '已开启', off: '已关闭' } as const

export default function MinePage() {
  const profile = useSession((s) => s.profile)
  // The launch sign-in usually ends after the first screen (and may start after it): the
  // signed-in entries hold their places meanwhile, so nothing below them moves when it ends.
  const member = useSession(expectsSignedIn)
  const elderChoice = usePreferences((s) => s.elderChoice)
  useDidShow(() => {
    if (useSession.getState().token !== null) void refreshProfile().catch(() => undefined)
  })
  return (
    <PageShell>
      <AccountHeader />
      {member && (
        <View className='gov-section'>
          <Text className='gov-section__title'>办事身份</Text>
          <IdentitySwitch />
        </View>
      )}
      <View className='gov-section gov-list'>
        {member && <MessagesCell />}
        {member && (
          <Cell
            title='我的预约'
            description='签到码、取消和改约'
            onClick={() => openPage(routes.appointments)}
          />
        )}
        {member && (
          <Cell
            title='我的办件'
            description='一键代办的进度、承诺时限和补正'
            onClick={() => openPage(routes.cases)}
          />
        )}
        {member && (
          <Cell
            title='我的电子证照'
            description='身份证、执业证书、营业执照，办事免交'
            onClick={() => openPage(routes.ecertWallet)}
          />
        )}
        {member && (
          <Cell
            title='亲情代办'
            description='请家人或帮办员替您办事，随时可撤销'
            onClick={() => openPage(routes.family)}
          />
        )}
        {member && (
          <Cell
            title='代家人办'
            description='输入家人的授权码，替家人预约、办事'
            onClick={() => openPage(routes.familyActing())}
          />
        )}
        {member && (
          <Cell
            title='投诉建议'
            description='5个工作日内答复'
            onClick={() => openPage(routes.complaint())}
          />
        )}
        {member && (
          <Cell
            title='扫码记录'
            description='扫过的一码通二维码'
            onClick={() => openPage(routes.scans)}
          />
        )}
        {profile !== null && <StaffDesks />}
        {member && (
          <Cell
            title='实名信息与企业'
            value={profile === null ? '' : profile.realName ? '已实名' : '未实名'}
            onClick={() => openPage(routes.identity)}
          />
        )}
        <Cell
          title='长辈模式'
          value={ELDER_LABELS[elderChoice]}
          onClick={() => openPage(routes.settings)}
        />
        <Cell
          title='设置'
          description='长辈模式、隐私政策、退出登录'
          onClick={() => openPage(routes.settings)}
        />
        <Cell title='隐私政策' onClick={() => openPage(routes.privacy)} />
        {member && (
          <Cell
            title='认领工作人员邀请'
            description='输入管理员给您的8位邀请码'
            onClick={() => openPage(routes.staffInvite)}
          />
        )}
        {profile !== null && (
          // What an administrator needs to grant a staff role to this account.
          <Cell title='用户编号' description={profile.id} />
        )}
      </View>
    </PageShell>
  )
}
