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

/** Side by side; the lowest first-year cost is marked with ★ (not colour alone). */
export function CompareTable({ plans }: { plans: readonly Plan[] }) {
  const cheapest = Math.min(...plans.map((p) => p.firstYearYuan))
  return (
    <View className='telecom-table' aria-label='套餐比价'>
      <View className='telecom-table__column'>
        <Text className='telecom-table__cell'>套餐</Text>
        {ROWS.map(([label]) => (
          <Text key={label} className='telecom-table__cell'>
            {label}
          </Text>
        ))}
      </View>
      {plans.map((plan) => {
        const best = plan.firstYearYuan === cheapest
        return (
          <View key={plan.id} className='telecom-table__column'>
            <Text className='telecom-table__cell telecom-table__cell--best'>{plan.name}</Text>
            {ROWS.map(([label, value]) => (
              <Text
                key={label}
                className={`telecom-table__cell${best && label === '首年合计' ? ' telecom-table__cell--best' : ''}`}
              >
                {value(plan)}
                {best && label === '首年合计' ? ' ★最省' : ''}
              </Text>
            ))}
          </View>
        )
      })}
    </View>
  )
}
