import { Col, Row, Statistic, Typography } from 'antd'
import type {
  SupervisionRange,
  SupervisionTimeliness,
  SupervisionVolume,
} from '../../../../src/services/contract'
import { percentText, PALETTE } from './chart'
import { ChartCard } from './chart-card'

const TOP = 10
const shortName = (name: string) => (name.length > 12 ? `${name.slice(0, 11)}…` : name)
const horizontalBars = (names: string[], series: { name: string; data: (number | null)[] }[]) => ({
  color: PALETTE,
  tooltip: { trigger: 'axis' },
  legend: series.length > 1 ? { top: 0 } : undefined,
  grid: { left: 150, right: 24, top: series.length > 1 ? 32 : 8, bottom: 24 },
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: names.map(shortName).reverse(), axisLabel: { fontSize: 12 } },
  series: series.map((s) => ({ ...s, type: 'bar', data: [...s.data].reverse() })),
})

export function VolumeSections({
  volume,
  range,
}: {
  volume: SupervisionVolume
  range: SupervisionRange
}) {
  const top = volume.byItem.slice(0, TOP)
  return (
    <>
      <ChartCard
        title='办件量（按日）'
        table='volume-day'
        range={range}
        summary={<Statistic title='办件总量' value={volume.total} suffix='件' />}
        option={{
          color: PALETTE,
          tooltip: { trigger: 'axis' },
          grid: { left: 40, right: 16, top: 16, bottom: 32 },
          xAxis: { type: 'category', data: volume.byDay.map((d) => d.day.slice(5)) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            { name: '办件量', type: 'line', data: volume.byDay.map((d) => d.count), areaStyle: {} },
          ],
        }}
        columns={[
          { title: '日期', dataIndex: 'day' },
          { title: '办件量', dataIndex: 'count', align: 'right' },
        ]}
        rows={[...volume.byDay].reverse()}
        rowKey={(d) => d.day}
      />
      <ChartCard
        title='办件量（按事项）'
        table='volume-item'
        range={range}
        option={horizontalBars(
          top.map((i) => i.name),
          [{ name: '办件量', data: top.map((i) => i.count) }],
        )}
        columns={[
          { title: '事项', dataIndex: 'name' },
          { title: '类型', render: (_, i) => (i.kind === 'bundle' ? '一件事' : '单项') },
          { title: '办件量', dataIndex: 'count', align: 'right' },
        ]}
        rows={volume.byItem}
        rowKey={(i) => `${i.kind}:${i.id}`}
      />
      <ChartCard
        title='办件量（按部门）'
        table='volume-department'
        range={range}
        option={horizontalBars(
          volume.byDepartment.slice(0, TOP).map((d) => d.department),
          [{ name: '办件量', data: volume.byDepartment.slice(0, TOP).map((d) => d.count) }],
        )}
        columns={[
          { title: '部门', dataIndex: 'department' },
          { title: '办件量', dataIndex: 'count', align: 'right' },
        ]}
        rows={volume.byDepartment}
        rowKey={(d) => d.department}
      />
      <ChartCard
        title='即办件占比与跑动次数压缩'
        table='trips'
        range={range}
        summary={
          <Row gutter={16} style={{ marginBottom: 8 }}>
            <Col span={6}>
              <Statistic title='即办件占比' value={percentText(volume.instant.share)} />
            </Col>
            <Col span={6}>
              <Statistic title='跑动次数压缩' value={percentText(volume.trips.compression)} />
            </Col>
          </Row>
        }
        option={{
          color: PALETTE,
          tooltip: { trigger: 'axis' },
          grid: { left: 110, right: 24, top: 8, bottom: 24 },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', data: ['一键代办减少', '一件事减少', '逐项到现场需跑动'] },
          series: [
            {
              name: '跑动次数',
              type: 'bar',
              data: [volume.trips.savedByProxy, volume.trips.savedByBundles, volume.trips.baseline],
            },
          ],
        }}
        columns={[
          { title: '指标', dataIndex: 'label' },
          { title: '数值', dataIndex: 'value', align: 'right' },
        ]}
        rows={[
          { label: '办件量', value: String(volume.total) },
          { label: '即办件', value: String(volume.instant.count) },
          { label: '逐项到现场办理需跑动次数', value: String(volume.trips.baseline) },
          { label: '一件事减少的跑动次数', value: String(volume.trips.savedByBundles) },
          { label: '一键代办减少的跑动次数', value: String(volume.trips.savedByProxy) },
        ]}
        rowKey={(r) => r.label}
        note={
          <Typography.Paragraph type='secondary' style={{ marginTop: 8 }}>
            按办事指南的“到现场次数”计：逐项办理为一件事各事项到现场次数之和；一件事只需一件事本身的次数；一键代办由帮办员网上代办，申请人无需到现场。即办件为承诺受理当日办结的办件。
          </Typography.Paragraph>
        }
      />
    </>
  )
}

export function TimelinessSection({
  t,
  range,
}: {
  t: SupervisionTimeliness
  range: SupervisionRange
}) {
  const top = t.byItem.slice(0, TOP)
  const days = (v: number | null) => (v === null ? '—' : `${v} 工作日`)
  return (
    <ChartCard
      title='办理时长与承诺、法定时限'
      table='timeliness-item'
      range={range}
      summary={
        <Row gutter={16} style={{ marginBottom: 8 }}>
          <Col span={6}>
            <Statistic title='办结量' value={t.finished} />
          </Col>
          <Col span={6}>
            <Statistic title='平均办理时长' value={days(t.avgActualDays)} />
          </Col>
          <Col span={6}>
            <Statistic title='平均承诺时限' value={days(t.avgPromisedDays)} />
          </Col>
          <Col span={6}>
            <Statistic title='平均法定时限' value={days(t.avgLegalDays)} />
          </Col>
          <Col span={6}>
            <Statistic title='实际办理时间压缩' value={percentText(t.actualCompression)} />
          </Col>
          <Col span={6}>
            <Statistic title='承诺时限压缩' value={percentText(t.promisedCompression)} />
          </Col>
          <Col span={6}>
            <Statistic title='超期办结' value={t.late} />
          </Col>
          <Col span={6}>
            <Statistic title='当日办结' value={t.sameDay} />
          </Col>
        </Row>
      }
      option={horizontalBars(
        top.map((i) => i.name),
        [
          { name: '平均办理时长', data: top.map((i) => i.avgActualDays) },
          { name: '承诺时限', data: top.map((i) => i.promisedDays) },
          { name: '法定时限', data: top.map((i) => i.legalDays) },
        ],
      )}
      columns={[
        { title: '事项', dataIndex: 'name' },
        { title: '办结', dataIndex: 'finished', align: 'right' },
        { title: '平均时长', dataIndex: 'avgActualDays', align: 'right' },
        { title: '承诺', dataIndex: 'promisedDays', align: 'right' },
        { title: '法定', render: (_, i) => i.legalDays ?? '—', align: 'right' },
        { title: '超期', dataIndex: 'late', align: 'right' },
      ]}
      rows={t.byItem}
      rowKey={(i) => `${i.kind}:${i.id}`}
      note={
        <Typography.Paragraph type='secondary' style={{ marginTop: 8 }}>
          以办结日期计入所选时段；时长按工作日自受理次日起算（当日办结为0）。压缩比例 = 1 − 时长 ÷
          法定时限，只计办事指南写明法定时限的办件（{t.withLegal} 件）。
        </Typography.Paragraph>
      }
    />
  )
}
