import { useCallback, useState } from 'react'
import { Alert, Button, Form, Input, Space, Spin, Typography } from 'antd'
import { addDays, beijingDate, type SupervisionRange } from '../../../../src/services/contract'
import { call } from '../../api'
import { useLoad } from '../../use-load'
import { OverdueSection } from './overdue'
import {
  BookingSections,
  ComplaintsSection,
  RatingsSection,
  ScansSection,
} from './service-sections'
import { TimelinessSection, VolumeSections } from './volume-sections'

const lastDays = (days: number): SupervisionRange => {
  const to = beijingDate(new Date())
  return { from: addDays(to, 1 - days), to }
}

async function loadAll(range: SupervisionRange) {
  const query = { query: range }
  const [volume, timeliness, ratings, complaints, bookings, scans] = await Promise.all([
    call('GET /api/v1/admin/supervision/volume', query),
    call('GET /api/v1/admin/supervision/timeliness', query),
    call('GET /api/v1/admin/supervision/ratings', query),
    call('GET /api/v1/admin/supervision/complaints', query),
    call('GET /api/v1/admin/supervision/bookings', query),
    call('GET /api/v1/admin/supervision/scans', query),
  ])
  return { volume, timeliness, ratings, complaints, bookings, scans }
}

/** 电子监察: the service's measures over a range of days, computed from the records. */
export function SupervisionPage() {
  const [range, setRange] = useState<SupervisionRange>(() => lastDays(30))
  const load = useCallback(() => loadAll(range), [range])
  const { value, failure, loading } = useLoad(load)
  const demo = value
    ? [
        value.volume,
        value.timeliness,
        value.ratings,
        value.complaints,
        value.bookings,
        value.scans,
      ].reduce((sum, part) => sum + part.demoRecords, 0)
    : 0
  return (
    <>
      <Typography.Title level={2}>电子监察</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Form layout='inline'>
          <Form.Item label='开始日期' htmlFor='supervision-from'>
            <Input
              id='supervision-from'
              type='date'
              value={range.from}
              onChange={(e) => e.target.value && setRange({ ...range, from: e.target.value })}
            />
          </Form.Item>
          <Form.Item label='结束日期' htmlFor='supervision-to'>
            <Input
              id='supervision-to'
              type='date'
              value={range.to}
              onChange={(e) => e.target.value && setRange({ ...range, to: e.target.value })}
            />
          </Form.Item>
        </Form>
        <Button onClick={() => setRange(lastDays(7))}>近7天</Button>
        <Button onClick={() => setRange(lastDays(30))}>近30天</Button>
        <Button onClick={() => setRange(lastDays(90))}>近90天</Button>
        <Button onClick={() => setRange(lastDays(365))}>近一年</Button>
      </Space>
      {demo > 0 && (
        <Alert
          type='warning'
          showIcon
          style={{ marginBottom: 16 }}
          message={`所选时段含演示数据（示例）：${demo} 条记录由 npm run demo:history 生成，不是真实办件`}
        />
      )}
      {failure && <Alert type='error' showIcon message={failure} style={{ marginBottom: 16 }} />}
      <OverdueSection range={range} />
      {loading && !value && <Spin />}
      {value && (
        <>
          <VolumeSections volume={value.volume} range={range} />
          <TimelinessSection t={value.timeliness} range={range} />
          <RatingsSection r={value.ratings} range={range} />
          <ComplaintsSection c={value.complaints} range={range} />
          <BookingSections b={value.bookings} range={range} />
          <ScansSection s={value.scans} range={range} />
        </>
      )}
    </>
  )
}
