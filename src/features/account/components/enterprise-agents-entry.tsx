import { Text, View } from '@tarojs/components'
import { Cell } from '../../../components/cell'
import { openPage } from '../../../platform/navigation'
import { useSession } from '../../../stores/session'
import { routes } from '../../../utils/routes'

/** For each firm the user represents by law: where to authorise and revoke its 经办人. */
export function EnterpriseAgentsEntry() {
  const enterprises = useSession((s) => s.profile?.enterprises)
  const firms = (enterprises ?? []).filter((e) => e.basis === 'legal_rep')
  if (firms.length === 0) return null
  return (
    <View className='gov-section gov-list'>
      <Text className='gov-section__title'>经办人授权</Text>
      {firms.map((firm) => (
        <Cell
          key={firm.id}
          title={`管理经办人 · ${firm.name}`}
          description='授权员工以企业名义办理政策、贷款业务，可随时撤销'
          onClick={() => openPage(routes.agents(firm.id))}
        />
      ))}
    </View>
  )
}
