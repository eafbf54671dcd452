import { Text, View } from '@tarojs/components'
import type { ConditionRow } from '../../../services/contract'
import { CONDITION_LABELS } from '../model'
import './policy.scss'

const GROUP_HINTS = { all: '下列各项须同时满足', any: '下列各项满足其一即可' } as const

/** Every condition with the policy's own clause, met or not, and what would change it. */
export function ConditionList({ rows }: { rows: readonly ConditionRow[] }) {
  return (
    <View role='list' aria-label='申报条件核对'>
      {rows.map((row, i) => {
        const label = CONDITION_LABELS[row.status]
        return (
          <View
            key={i}
            role='listitem'
            className={`policy-condition policy-condition--depth-${Math.min(row.depth, 2)}`}
          >
            <Text className={`policy-badge policy-badge--${row.status}`}>
              {label.icon} {label.text}
            </Text>
            <Text className='policy-condition__clause'>{row.clause}</Text>
            {row.kind !== 'leaf' && (
              <Text className='gov-text-secondary'>{GROUP_HINTS[row.kind]}</Text>
            )}
            {row.actual !== null && (
              <Text className='gov-text-secondary'>您的情况：{row.actual}</Text>
            )}
            {row.kind === 'leaf' && row.actual === null && (
              <Text className='gov-text-secondary'>企业画像中尚未填写</Text>
            )}
            {row.suggestion !== null && (
              <Text className='policy-suggestion'>→ {row.suggestion}</Text>
            )}
          </View>
        )
      })}
    </View>
  )
}
