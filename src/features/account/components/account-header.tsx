import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useSession } from '../../../stores/session'
import { identitySummary } from '../model'
import './account-header.scss'

/** Sign-in state: who is signed in and as which identity, or a 登录 button. */
export function AccountHeader() {
  const { profile, token, status, error, signIn } = useSession()
  if (token === null || profile === null) {
    return (
      <View className='account-header gov-card'>
        <Text className='account-header__title'>未登录</Text>
        <Text className='gov-text-secondary'>登录后可查看实名信息、切换个人/法人身份</Text>
        {status === 'failed' && error !== null && <Notice tone='danger'>{error}</Notice>}
        <GovButton block loading={status === 'signing-in'} onClick={() => void signIn()}>
          微信一键登录
        </GovButton>
      </View>
    )
  }
  const summary = identitySummary(profile)
  return (
    <View className='account-header gov-card'>
      <View className='account-header__row'>
        <Text className='account-header__badge'>{summary.kind}</Text>
        <Text className='account-header__title'>{summary.title}</Text>
      </View>
      <Text className='gov-text-secondary'>{summary.detail}</Text>
      <Text className='gov-text-secondary'>已登录 · {profile.nickname}</Text>
    </View>
  )
}
