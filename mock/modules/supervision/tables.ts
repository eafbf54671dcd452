import type {
  SupervisionBookings,
  SupervisionComplaints,
  SupervisionOverdue,
  SupervisionRatings,
  SupervisionScans,
  SupervisionTimeliness,
  SupervisionVolume,
} from '../../../src/services/contract'
import type { Cell, Table } from './csv'

/** A share as a percentage with one decimal (a number Excel can sum), or empty. */
export const percent = (value: number | null): Cell =>
  value === null ? null : Math.round(value * 1000) / 10

const KIND_TEXT = { item: '单项事项', bundle: '一件事' } as const

export const volumeDayTable = (v: SupervisionVolume): Table => ({
  title: '办件量（按日）',
  columns: ['日期', '办件量'],
  rows: v.byDay.map((d) => [d.day, d.count]),
})

export const volumeItemTable = (v: SupervisionVolume): Table => ({
  title: '办件量（按事项）',
  columns: ['类型', '事项编号', '事项名称', '实施主体', '办件量'],
  rows: v.byItem.map((i) => [KIND_TEXT[i.kind], i.id, i.name, i.department, i.count]),
})

export const volumeDepartmentTable = (v: SupervisionVolume): Table => ({
  title: '办件量（按部门）',
  columns: ['部门', '办件量'],
  rows: v.byDepartment.map((d) => [d.department, d.count]),
})

export const tripsTable = (v: SupervisionVolume): Table => ({
  title: '跑动次数压缩',
  columns: ['指标', '数值'],
  rows: [
    ['办件量', v.total],
    ['即办件', v.instant.count],
    ['即办件占比(%)', percent(v.instant.share)],
    ['逐项到现场办理需跑动次数', v.trips.baseline],
    ['一件事减少的跑动次数', v.trips.savedByBundles],
    ['一键代办减少的跑动次数', v.trips.savedByProxy],
    ['跑动次数压缩(%)', percent(v.trips.compression)],
  ],
})

export const timelinessTable = (t: SupervisionTimeliness): Table => ({
  title: '办理时长与时限',
  columns: [
    '类型',
    '事项编号',
    '事项名称',
    '办结量',
    '平均办理时长(工作日)',
    '承诺时限(工作日)',
    '法定时限(工作日)',
    '超期办结',
  ],
  rows: t.byItem.map((i) => [
    KIND_TEXT[i.kind],
    i.id,
    i.name,
    i.finished,
    i.avgActualDays,
    i.promisedDays,
    i.legalDays,
    i.late,
  ]),
})

export const overdueTable = (o: SupervisionOverdue): Table => ({
  title: '临近或超期在办件',
  columns: [
    '办件编号',
    '事项',
    '帮办员',
    '承诺办结日',
    '剩余工作日',
    '状态',
    '已督办次数',
    '示例数据',
  ],
  rows: o.items.map((i) => [
    i.number,
    i.title,
    i.helper?.name ?? '未分配',
    i.deadline,
    i.daysLeft,
    i.state === 'overdue' ? '已超期' : '临近时限',
    i.urged,
    i.demo ? '是' : '否',
  ]),
})

export const ratingsTable = (r: SupervisionRatings): Table => ({
  title: '好差评',
  columns: ['评价等级', '评价数'],
  rows: [
    ...r.levels.map((l) => [l.label, l.count] as const),
    ['满意率(%)', percent(r.satisfaction)],
    ['差评', r.poor],
    ['差评按期回访', r.followUp.onTime],
    ['差评逾期回访', r.followUp.late],
    ['差评逾期未回访', r.followUp.pendingOverdue],
    ['差评待回访（未到期）', r.followUp.pending],
    ['差评按期回访率(%)', percent(r.followUp.onTimeShare)],
  ],
})

export const complaintsTable = (c: SupervisionComplaints): Table => ({
  title: '投诉建议答复',
  columns: [
    '类别',
    '件数',
    '按期答复',
    '逾期答复',
    '逾期未答复',
    '待答复（未到期）',
    '按期答复率(%)',
  ],
  rows: c.kinds.map((k) => [
    k.label,
    k.total,
    k.onTime,
    k.late,
    k.openOverdue,
    k.open,
    percent(k.onTimeShare),
  ]),
})

export const bookingPointTable = (b: SupervisionBookings): Table => ({
  title: '预约与爽约（按网点）',
  columns: ['网点', '预约(不含取消)', '取消', '已签到', '爽约', '未到时间', '爽约率(%)'],
  rows: b.points.map((p) => [
    p.name,
    p.booked,
    p.cancelled,
    p.arrived,
    p.noShow,
    p.upcoming,
    percent(p.noShowRate),
  ]),
})

export const bookingHeatTable = (b: SupervisionBookings): Table => {
  const names = new Map(b.points.map((p) => [p.pointId, p.name]))
  const counts = new Map(b.heat.map((h) => [`${h.pointId}|${h.time}`, h.count]))
  return {
    title: '预约时段热力（按网点）',
    columns: ['网点', ...b.halfHours],
    rows: b.points.map((p) => [
      names.get(p.pointId) ?? p.pointId,
      ...b.halfHours.map((t) => counts.get(`${p.pointId}|${t}`) ?? 0),
    ]),
  }
}

export const scansTable = (s: SupervisionScans): Table => ({
  title: '一码通扫码（按专区）',
  columns: ['专区', '扫码次数'],
  rows: [...s.zones.map((z) => [z.name, z.count] as const), ['非官方码（已拦截提醒）', s.refused]],
})
