import { Text, View } from '@tarojs/components'
import type { PointKind } from '../../../services/contract'
import { KIND_LABELS, KIND_ORDER } from '../model'
import './kind-filter.scss'

interface KindFilterProps {
  value: PointKind | undefined
  onChange: (kind: PointKind | undefined) => void
}

const OPTIONS: readonly { kind: PointKind | undefined; label: string }[] = [
  { kind: undefined, label: '全部' },
  ...KIND_ORDER.map((kind) => ({ kind, label: KIND_LABELS[kind] })),
]

export function KindFilter({ value, onChange }: KindFilterProps) {
  return (
    <View className='kind-filter' role='radiogroup' aria-label='网点类型'>
      {OPTIONS.map(({ kind, label }) => {
        const checked = kind === value
        return (
          <View
            key={label}
            className={`kind-filter__chip${checked ? ' kind-filter__chip--checked' : ''}`}
            role='radio'
            aria-checked={checked}
            onClick={() => onChange(kind)}
          >
            <Text>
              {checked ? '✓ ' : ''}
              {label}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
