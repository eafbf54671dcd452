import { Text, View } from '@tarojs/components'
import type { Plan } from '../../../services/contract'
import { bandwidthText } from '../model'
import './telecom.scss'

const ROWS: readonly [string, (p: Plan) => string][] = [
  ['运营商', (p) => p.operatorName],
  ['带宽', (p) => bandwidthText(p.bandwidthMbps)],
  ['月费', (p) => `${p.monthlyYuan}元`],
  ['安装费', (p) => `${p.installFeeYuan}元`],
  ['首年合计', (p) => `${p.firstYearYuan}元`],
  ['合约期', (p) => `${p.contractMonths}个月`],
  ['赠送', (p) => p.extras.join('、')],
]

/** Side by side, one row per property; the lowest first-year cost is marked 最省 in words (not colour alone). */
export function CompareTable({ plans }: { plans: readonly Plan[] }) {
  const cheapest = Math.min(...plans.map((p) => p.firstYearYuan))
  return (
    <View className='telecom-table' aria-label='套餐比价'>
      <View className='telecom-table__row'>
        <Text className='telecom-table__cell telecom-table__cell--label'>套餐</Text>
        {plans.map((plan) => (
          <Text key={plan.id} className='telecom-table__cell telecom-table__cell--best'>
            {plan.name}
          </Text>
        ))}
      </View>
      {ROWS.map(([label, value]) => (
        <View key={label} className='telecom-table__row'>
          <Text className='telecom-table__cell telecom-table__cell--label'>{label}</Text>
          {plans.map((plan) => {
            const best = label === '首年合计' && plan.firstYearYuan === cheapest
            return (
              <Text
                key={plan.id}
                className={`telecom-table__cell${best ? ' telecom-table__cell--best' : ''}`}
              >
                {value(plan)}
                {best ? '（最省）' : ''}
              </Text>
            )
          })}
        </View>
      ))}
    </View>
  )
}
