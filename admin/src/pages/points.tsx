import { useCallback, useState } from 'react'
import { Alert, App, Button, Drawer, Spin, Table, Tabs, Tag, Typography } from 'antd'
import {
  WEEKDAY_NAMES,
  type AdminPoint,
  type AdminPointDetail,
  type PointSaved,
} from '../../../src/services/contract'
import { call } from '../api'
import { useLoad } from '../use-load'
import { spansToText } from './hours-text'
import { closedBookingsText } from './closed-bookings'
import { KIND_NAMES, PointForm } from './point-form'
import { PointItems } from './point-items'

const hoursSummary = (p: AdminPoint) =>
  p.hours.map((d) => `${WEEKDAY_NAMES[d.weekday]} ${spansToText(d.spans)}`).join('；')

function PointEditor({ id, onSaved }: { id: string; onSaved: () => void }) {
  const { message } = App.useApp()
  const load = useCallback(
    () => call('GET /api/v1/admin/points/:id', { params: { id }, query: {} }),
    [id],
  )
  const { value, failure, reload } = useLoad(load)
  const [outcome, setOutcome] = useState<string | null>(null)
  if (failure) return <Typography.Text type='danger'>{failure}</Typography.Text>
  if (!value) return <Spin />
  const saved = (text: string) => (detail: AdminPointDetail | PointSaved) => {
    void message.success(`${detail.point.name}：${text}`)
    setOutcome(
      'closedBookings' in detail
        ? `${detail.point.name}已保存。${closedBookingsText(detail.closedBookings)}`
        : null,
    )
    void reload()
    onSaved()
  }
  return (
    <>
      {outcome && <Alert type='info' message={outcome} showIcon role='status' />}
      <Tabs
        items={[
          {
            key: 'info',
            label: '信息与营业时间',
            children: (
              <PointForm point={value.point} onSaved={saved('网点信息已保存，小程序立即可见')} />
            ),
          },
          {
            key: 'items',
            label: `可办事项（${value.point.itemCount}）`,
            children: <PointItems point={value.point} onSaved={saved('可办事项已保存')} />,
          },
        ]}
      />
    </>
  )
}

/** 服务网点: details, weekly hours with lunch breaks, and the items each point handles. */
export function PointsPage() {
  const load = useCallback(() => call('GET /api/v1/admin/points', {}).then((l) => l.items), [])
  const { value, loading, failure, reload } = useLoad(load)
  const [editing, setEditing] = useState<AdminPoint | null>(null)
  const [adding, setAdding] = useState(false)
  const { message } = App.useApp()
  return (
    <>
      <Typography.Title level={2}>服务网点</Typography.Title>
      <Typography.Paragraph type='secondary'>
        营业时间用于预约时段和“是否营业”；节假日按“节假日与调休”自动闭馆。保存后小程序立即生效，种子数据不再覆盖该网点。
      </Typography.Paragraph>
      <Button type='primary' onClick={() => setAdding(true)} style={{ marginBottom: 12 }}>
        新增网点
      </Button>
      {failure && <Typography.Text type='danger'>{failure}</Typography.Text>}
      <Table<AdminPoint>
        rowKey='id'
        loading={loading}
        dataSource={value ?? []}
        pagination={false}
        size='middle'
        columns={[
          { title: '网点', dataIndex: 'name' },
          { title: '类型', render: (_, p) => KIND_NAMES[p.kind] },
          { title: '电话', dataIndex: 'phone' },
          { title: '营业时间', render: (_, p) => <small>{hoursSummary(p)}</small> },
          { title: '可办事项', dataIndex: 'itemCount', width: 90 },
          {
            title: '来源',
            width: 110,
            render: (_, p) => (p.editedAt ? <Tag color='blue'>后台维护</Tag> : <Tag>初始数据</Tag>),
          },
          {
            title: '操作',
            width: 80,
            render: (_, p) => (
              <Button size='small' onClick={() => setEditing(p)} aria-label={`编辑 ${p.name}`}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        width={720}
        open={editing !== null}
        title={editing ? `编辑：${editing.name}` : ''}
        onClose={() => setEditing(null)}
        destroyOnHidden
      >
        {editing && <PointEditor id={editing.id} onSaved={() => void reload()} />}
      </Drawer>
      <Drawer
        width={720}
        open={adding}
        title='新增网点'
        onClose={() => setAdding(false)}
        destroyOnHidden
      >
        <PointForm
          point={null}
          onSaved={(detail) => {
            void message.success(`${detail.point.name}：已新增，小程序网点列表和就近办立即可见`)
            setAdding(false)
            void reload()
          }}
        />
      </Drawer>
    </>
  )
}
