import { useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { openPage } from '../../../platform/navigation'
import type { EnterpriseProfile } from '../../../services/contract'
import { routes } from '../../../utils/routes'
import { ProfileForm } from './profile-form'
import { ProfileHeader } from './profile-header'

export function ProfileEditor({ initial }: { initial: EnterpriseProfile }) {
  const [profile, setProfile] = useState(initial)
  const [saved, setSaved] = useState(false)
  return (
    <>
      <ProfileHeader profile={profile} />
      {saved && (
        <Notice
          tone='success'
          action={<GovButton onClick={() => openPage(routes.policyMatch)}>查看匹配结果</GovButton>}
        >
          企业画像已保存，政策匹配已按新画像更新
        </Notice>
      )}
      {/* Remounted after a save so the form starts again from what the server stored. */}
      <ProfileForm
        key={profile.updatedAt ?? 'new'}
        profile={profile}
        onSaved={(next) => {
          setProfile(next)
          setSaved(true)
        }}
      />
    </>
  )
}
