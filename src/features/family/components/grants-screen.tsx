import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Grant } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { useFresh } from '../../../hooks/use-fresh'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { myGrants } from '../api'
import { awaitsAnswer } from '../model'
import { AuditList } from './audit-list'
import { GrantCard } from './grant-card'
import './family.scss'

const someAwaitAnswer = (grants: readonly Grant[]) => grants.some(awaitsAnswer)

/** 亲情代办 for the older person: new, the list with 撤销, and the audit trail. */
export function GrantsScreen() {
  const [changes, setChanges] = useState(0)
  // A code handed to someone waits on them: the list follows their answer.
  const { state, reload } = useFresh(myGrants, [changes], { waiting: someAwaitAnswer })
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-line'>
          请家人或帮办员替您预约、提交办事。只能办您选的事项，到期自动失效，随时可以撤销。
        </Text>
        <View className='family-actions'>
          <GovButton onClick={() => openPage(routes.familyNew)}>新建授权</GovButton>
        </View>
      </View>
      <View className='gov-section' aria-label='我的授权'>
        <Text className='gov-section__title'>我的授权</Text>
        <AsyncView
          state={state}
          onRetry={reload}
          isEmpty={(items) => items.length === 0}
          empty={<Text>您还没有授权过别人。</Text>}
        >
          {(items) => (
            <View>
              {items.map((grant) => (
                <GrantCard
                  key={grant.id}
                  grant={grant}
                  onShowCode={() => openPage(routes.familyCode(grant.id))}
                  onChanged={() => setChanges((n) => n + 1)}
                />
              ))}
            </View>
          )}
        </AsyncView>
      </View>
      <AuditList as='grantor' changes={changes} />
    </View>
  )
}
