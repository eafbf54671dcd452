import { useState } from 'react'
import { View } from '@tarojs/components'
import { AccountList } from './account-list'
import { BindForm } from './bind-form'
import { SandboxBadge } from './info-row'
import { MedicalPremium } from './medical-premium'

export function LifeHome() {
  const [version, setVersion] = useState(0)
  return (
    <View>
      <SandboxBadge />
      <AccountList version={version} />
      <MedicalPremium />
      <BindForm onBound={() => setVersion((v) => v + 1)} />
    </View>
  )
}
