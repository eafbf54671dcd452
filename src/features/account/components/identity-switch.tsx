import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ChoiceGroup } from '../../../components/choice-group'
import { SkeletonText } from '../../../components/skeleton'
import { Notice } from '../../../components/notice'
import { isApiError } from '../../../services/http'
import { useSession } from '../../../stores/session'
import { switchIdentity } from '../api'
import { enterpriseDescription } from '../model'

const PERSONAL = 'personal'

/** 个人/法人 switch: 个人 plus every bound enterprise. */
/** While the launch sign-in runs: one choice's room, so the page below does not move later. */
function IdentitySwitchPlaceholder() {
  return (
    <View className='gov-choices' aria-busy='true'>
      <View className='gov-choices__item'>
        <Text className='gov-choices__mark' />
        <View className='gov-choices__text'>
          <SkeletonText chars={6} className='gov-choices__label' />
          <SkeletonText chars={7} className='gov-choices__description' />
        </View>
      </View>
    </View>
  )
}

export function IdentitySwitch() {
  const profile = useSession((s) => s.profile)
  const signingIn = useSession((s) => s.status === 'signing-in')
  const [error, setError] = useState<string | null>(null)
  if (profile === null) return signingIn ? <IdentitySwitchPlaceholder /> : null
  const choices = [
    { value: PERSONAL, label: '个人', description: '以个人身份办理' },
    ...profile.enterprises.map((e) => ({
      value: e.id,
      label: `法人 · ${e.name}`,
      description: enterpriseDescription(e),
    })),
  ]
  const change = (value: string) => {
    setError(null)
    switchIdentity(value === PERSONAL ? null : value).catch((e: unknown) =>
      setError(isApiError(e) ? e.message : '切换失败，请重试'),
    )
  }
  return (
    <View>
      {error !== null && <Notice tone='danger'>{error}</Notice>}
      <ChoiceGroup
        label='当前办事身份'
        choices={choices}
        value={profile.activeEnterpriseId ?? PERSONAL}
        onChange={change}
      />
    </View>
  )
}
