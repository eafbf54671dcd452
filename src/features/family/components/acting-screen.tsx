import { Text, View } from '@tarojs/components'
import type { ActingGrant } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { useFresh } from '../../../hooks/use-fresh'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { actingGrants } from '../api'
import { whenText } from '../model'
import { AuditList } from './audit-list'
import './family.scss'

const ENDED = { revoked: '家人已撤销授权', expired: '授权已过期', pending: '', active: '' } as const

function Person({ grant }: { grant: ActingGrant }) {
  const active = grant.status === 'active'
  return (
    <View className='gov-card gov-section' aria-label={`代${grant.grantorName}办`}>
      <Text className='gov-section__title'>
        {grant.grantorName}（您是{grant.relation}）
      </Text>
      <Text className='family-status'>
        {active ? `可以代办，到${whenText(grant.validUntil)}为止` : ENDED[grant.status]}
      </Text>
      {active &&
        grant.items.map((item) => (
          <View key={item.id} className='family-audit'>
            <Text className='family-block'>{item.name}</Text>
            <View className='family-actions'>
              <GovButton onClick={() => openPage(routes.bookFor(item.id, grant.id))}>
                替{grant.grantorName}预约办事
              </GovButton>
              <GovButton
                variant='secondary'
                onClick={() => openPage(routes.caseApplyFor(item.id, grant.id))}
              >
                替{grant.grantorName}一键代办
              </GovButton>
            </View>
          </View>
        ))}
    </View>
  )
}

/** 代家人办: the people one may act for, their items with 预约 / 一键代办, and what one did. */
export function ActingScreen({ notice }: { notice?: string }) {
  const { state, reload } = useFresh(actingGrants, [])
  return (
    <View>
      {notice !== undefined && (
        <View className='gov-card gov-section' role='status'>
          <Text className='family-status'>{notice}</Text>
        </View>
      )}
      <View className='gov-card gov-section'>
        <Text className='gov-line'>
          家人授权后，您可以替他们预约、提交办事，办的事记在家人名下。
        </Text>
        <View className='family-actions'>
          <GovButton onClick={() => openPage(routes.familyClaim)}>输入或扫描授权码</GovButton>
        </View>
      </View>
      <AsyncView
        state={state}
        onRetry={reload}
        isEmpty={(items) => items.length === 0}
        empty={
          <Text>还没有家人授权给您。请家人在“我的 → 亲情代办”里新建授权，把授权码告诉您。</Text>
        }
      >
        {(items) => (
          <View aria-label='可以代办的家人'>
            {items.map((grant) => (
              <Person key={grant.id} grant={grant} />
            ))}
          </View>
        )}
      </AsyncView>
      <AuditList as='grantee' />
    </View>
  )
}
