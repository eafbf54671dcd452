import type { PointKind, ServicePoint } from '../../services/contract'

export const KIND_LABELS: Record<PointKind, string> = {
  center: '政务服务中心',
  street: '街道便民服务中心',
  community: '社区便民服务站',
  bank: '政银合作网点',
  mall: '商圈服务点',
}

export const KIND_ORDER: readonly PointKind[] = ['center', 'street', 'community', 'bank', 'mall']

export function groupByKind(points: readonly ServicePoint[]) {
  return KIND_ORDER.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    points: points.filter((p) => p.kind === kind),
  })).filter((g) => g.points.length > 0)
}
