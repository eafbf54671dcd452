import type { PointKind } from '../../../services/contract'
import { Chips } from '../../../components/chips'
import { KIND_LABELS, KIND_ORDER } from '../model'

interface KindFilterProps {
  value: PointKind | undefined
  onChange: (kind: PointKind | undefined) => void
}

const OPTIONS = [
  { value: undefined, text: '全部' },
  ...KIND_ORDER.map((kind) => ({ value: kind, text: KIND_LABELS[kind] })),
]

export function KindFilter({ value, onChange }: KindFilterProps) {
  return <Chips label='网点类型' options={OPTIONS} value={value} onChange={onChange} />
}
