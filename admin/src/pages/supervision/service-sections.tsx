import { Col, Row, Statistic } from 'antd'
import type {
  SupervisionBookings,
  SupervisionComplaints,
  SupervisionRange,
  SupervisionRatings,
  SupervisionScans,
} from '../../../../src/services/contract'
import { percentText, PALETTE } from './chart'
import { ChartCard } from './chart-card'

const RATING_COLORS = ['#2e7d32', '#66bb6a', '#f9a825', '#ef6c00', '#c62828']

export function RatingsSection({ r, range }: { r: SupervisionRatings; range: SupervisionRange }) {
  return (
    <ChartCard
      title='好差评'
      table='ratings'
      range={range}
      summary={
        <Row gutter={16} style={{ marginBottom: 8 }}>
          <Col span={5}>
            <Statistic title='评价数' value={r.total} />
          </Col>
          <Col span={5}>
            <Statistic title='满意率' value={percentText(r.satisfaction)} />
          </Col>
          <Col span={4}>
            <Statistic title='差评' value={r.poor} />
          </Col>
          <Col span={5}>
            <Statistic title='差评按期回访率' value={percentText(r.followUp.onTimeShare)} />
          </Col>
          <Col span={5}>
            <Statistic title='逾期未回访' value={r.followUp.pendingOverdue} />
          </Col>
        </Row>
      }
      option={{
        color: RATING_COLORS,
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [
          {
            name: '好差评',
            type: 'pie',
            radius: ['35%', '65%'],
            label: { formatter: '{b}\n{c}' },
            data: r.total === 0 ? [] : r.levels.map((l) => ({ name: l.label, value: l.count })),
          },
        ],
      }}
      columns={[
        { title: '项目', dataIndex: 'label' },
        { title: '数量', dataIndex: 'count', align: 'right' },
      ]}
      rows={[
        ...r.levels.map((l) => ({ label: l.label, count: l.count })),
        { label: '差评按期回访（3个工作日内）', count: r.followUp.onTime },
        { label: '差评逾期回访', count: r.followUp.late },
        { label: '差评逾期未回访', count: r.followUp.pendingOverdue },
        { label: '差评待回访（未到期）', count: r.followUp.pending },
      ]}
      rowKey={(row) => row.label}
    />
  )
}

export function ComplaintsSection({
  c,
  range,
}: {
  c: SupervisionComplaints
  range: SupervisionRange
}) {
  const parts = [
    { name: '按期答复', key: 'onTime' },
    { name: '逾期答复', key: 'late' },
    { name: '逾期未答复', key: 'openOverdue' },
    { name: '待答复（未到期）', key: 'open' },
  ] as const
  return (
    <ChartCard
      title={`投诉建议答复（${c.replyDays}个工作日内）`}
      table='complaints'
      range={range}
      option={{
        color: ['#2e7d32', '#f9a825', '#c62828', '#90a4ae'],
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 36, bottom: 24 },
        xAxis: { type: 'category', data: c.kinds.map((k) => k.label) },
        yAxis: { type: 'value', minInterval: 1 },
        series: parts.map((p) => ({
          name: p.name,
          type: 'bar',
          stack: 'all',
          data: c.kinds.map((k) => k[p.key]),
        })),
      }}
      columns={[
        { title: '类别', dataIndex: 'label' },
        { title: '件数', dataIndex: 'total', align: 'right' },
        { title: '按期', dataIndex: 'onTime', align: 'right' },
        { title: '逾期答复', dataIndex: 'late', align: 'right' },
        { title: '逾期未答复', dataIndex: 'openOverdue', align: 'right' },
        { title: '按期率', render: (_, k) => percentText(k.onTimeShare), align: 'right' },
      ]}
      rows={c.kinds}
      rowKey={(k) => k.kind}
    />
  )
}

export function BookingSections({ b, range }: { b: SupervisionBookings; range: SupervisionRange }) {
  const names = b.points.map((p) => p.name)
  const index = new Map(b.points.map((p, i) => [p.pointId, i]))
  const slots = new Map(b.halfHours.map((t, i) => [t, i]))
  const max = b.heat.reduce((m, h) => Math.max(m, h.count), 1)
  const heatRows = b.points.map((p) => ({
    name: p.name,
    ...Object.fromEntries(
      b.halfHours.map((t) => [
        t,
        b.heat.find((h) => h.pointId === p.pointId && h.time === t)?.count ?? 0,
      ]),
    ),
  }))
  return (
    <>
      <ChartCard
        title='预约爽约率（按网点）'
        table='bookings-point'
        range={range}
        summary={
          <Statistic
            title='总体爽约率'
            value={percentText(b.noShowRate)}
            style={{ marginBottom: 8 }}
          />
        }
        option={{
          color: PALETTE,
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 150, right: 24, top: 32, bottom: 24 },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', data: [...names].reverse() },
          series: [
            {
              name: '已签到',
              type: 'bar',
              stack: 'all',
              data: b.points.map((p) => p.arrived).reverse(),
            },
            {
              name: '爽约',
              type: 'bar',
              stack: 'all',
              data: b.points.map((p) => p.noShow).reverse(),
              color: '#c62828',
            },
          ],
        }}
        columns={[
          { title: '网点', dataIndex: 'name' },
          { title: '预约', dataIndex: 'booked', align: 'right' },
          { title: '签到', dataIndex: 'arrived', align: 'right' },
          { title: '爽约', dataIndex: 'noShow', align: 'right' },
          { title: '爽约率', render: (_, p) => percentText(p.noShowRate), align: 'right' },
        ]}
        rows={b.points}
        rowKey={(p) => p.pointId}
        note={
          <p style={{ color: '#595959', marginTop: 8 }}>
            爽约：时段已过、未签到也未取消的预约；爽约率 = 爽约 ÷（签到 + 爽约）。
          </p>
        }
      />
      <ChartCard
        title='预约最多的时段（按网点）'
        table='bookings-heatmap'
        range={range}
        stacked
        option={{
          tooltip: { position: 'top' },
          grid: { left: 250, right: 24, top: 8, bottom: 96 },
          xAxis: { type: 'category', data: b.halfHours, splitArea: { show: true } },
          yAxis: { type: 'category', data: names, splitArea: { show: true } },
          visualMap: {
            min: 0,
            max,
            calculable: true,
            orient: 'horizontal',
            left: 'center',
            bottom: 0,
            inRange: { color: ['#e3f2fd', '#0b57d0'] },
          },
          series: [
            {
              name: '预约数',
              type: 'heatmap',
              data: b.heat.map((h) => [slots.get(h.time) ?? 0, index.get(h.pointId) ?? 0, h.count]),
            },
          ],
        }}
        columns={[
          { title: '网点', dataIndex: 'name', fixed: 'left', width: 230 },
          ...b.halfHours.map((t) => ({
            title: t,
            dataIndex: t,
            align: 'right' as const,
            width: 64,
          })),
        ]}
        rows={heatRows}
        rowKey={(row) => row.name}
      />
    </>
  )
}

export function ScansSection({ s, range }: { s: SupervisionScans; range: SupervisionRange }) {
  const rows = [
    ...s.zones.map((z) => ({ name: z.name, count: z.count })),
    { name: '非官方码（已拦截提醒）', count: s.refused },
  ]
  return (
    <ChartCard
      title='一码通扫码（按专区）'
      table='scans-zone'
      range={range}
      summary={<Statistic title='扫码总数' value={s.total} style={{ marginBottom: 8 }} />}
      option={{
        color: PALETTE,
        tooltip: { trigger: 'axis' },
        grid: { left: 170, right: 24, top: 8, bottom: 24 },
        xAxis: { type: 'value' },
        yAxis: {
          type: 'category',
          data: rows
            .map((r) => (r.name.length > 13 ? `${r.name.slice(0, 12)}…` : r.name))
            .reverse(),
        },
        series: [{ name: '扫码次数', type: 'bar', data: rows.map((r) => r.count).reverse() }],
      }}
      columns={[
        { title: '专区', dataIndex: 'name' },
        { title: '扫码次数', dataIndex: 'count', align: 'right' },
      ]}
      rows={rows}
      rowKey={(r) => r.name}
    />
  )
}
