import { useCallback, useState } from 'react'
import { App, Button, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import type { AdminLiveSession, AdminLiveStatus } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { EditModal } from '../edit-modal'
import { useLoad } from '../use-load'

const STATUS: Record<AdminLiveStatus, { text: string; color: string }> = {
  upcoming: { text: '未开播', color: 'blue' },
  live: { text: '直播中', color: 'red' },
  finished: { text: '已结束', color: 'default' },
  cancelled: { text: '已取消', color: 'default' },
}

/** What the form edits: times as the `datetime-local` inputs show them, in Beijing time. */
interface LiveForm {
  title: string
  topic: string
  hostDepartment: string
  start: string
  end: string
}

const HOUR = 3_600_000
const toLocal = (iso: string) => new Date(Date.parse(iso) + 8 * HOUR).toISOString().slice(0, 16)
const toInstant = (local: string) => (local ? `${local}:00+08:00` : '')
const when = (s: AdminLiveSession) =>
  `${toLocal(s.startsAt).replace('T', ' ')} – ${toLocal(s.endsAt).slice(11)}`

const formOf = (s: AdminLiveSession): LiveForm => ({
  title: s.title,
  topic: s.topic,
  hostDepartment: s.hostDepartment,
  start: toLocal(s.startsAt),
  end: toLocal(s.endsAt),
})
const bodyOf = (f: LiveForm) => ({
  title: f.title ?? '',
  topic: f.topic ?? '',
  hostDepartment: f.hostDepartment ?? '',
  startsAt: toInstant(f.start),
  endsAt: toInstant(f.end),
})
const BLANK: LiveForm = { title: '', topic: '', hostDepartment: '', start: '', end: '' }

/** 直播排期: residents with a 开播提醒 are told when a session moves or is cancelled. */
export function LiveTab() {
  const { message } = App.useApp()
  const load = useCallback(() => call('GET /api/v1/admin/media/live', {}).then((l) => l.items), [])
  const { value, loading, failure, reload } = useLoad(load)
  const [editing, setEditing] = useState<{
    session: AdminLiveSession | null
    form: LiveForm
  } | null>(null)
  const cancel = async (s: AdminLiveSession) => {
    try {
      await call('POST /api/v1/admin/media/live/:id/cancel', { params: { id: s.id } })
      void message.success(`已取消，已通知 ${s.subscriberCount} 位预约提醒的居民`)
      void reload()
    } catch (error) {
      void message.error(messageOf(error))
    }
  }
  const save = async (form: LiveForm) => {
    const body = bodyOf(form)
    const session = editing?.session
    await (session
      ? call('POST /api/v1/admin/media/live/:id', { params: { id: session.id }, body })
      : call('POST /api/v1/admin/media/live', { body }))
    void message.success(session ? '已保存；改了时间会通知预约提醒的居民' : '已新增直播')
    void reload()
  }
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type='primary' onClick={() => setEditing({ session: null, form: BLANK })}>
          新增直播
        </Button>
        {failure && <Typography.Text type='danger'>{failure}</Typography.Text>}
      </Space>
      <Table<AdminLiveSession>
        rowKey='id'
        loading={loading}
        dataSource={value ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: '直播', render: (_, s) => <Typography.Text strong>{s.title}</Typography.Text> },
          { title: '主办部门', dataIndex: 'hostDepartment' },
          { title: '时间（北京时间）', render: (_, s) => when(s) },
          {
            title: '状态',
            render: (_, s) => <Tag color={STATUS[s.status].color}>{STATUS[s.status].text}</Tag>,
          },
          { title: '预约提醒', render: (_, s) => `${s.subscriberCount} 人` },
          {
            title: '操作',
            render: (_, s) =>
              s.status === 'upcoming' ? (
                <Space>
                  <Button
                    size='small'
                    aria-label={`编辑 ${s.title}`}
                    onClick={() => setEditing({ session: s, form: formOf(s) })}
                  >
                    编辑
                  </Button>
                  <Popconfirm
                    title={`取消这场直播？将通知 ${s.subscriberCount} 位预约提醒的居民`}
                    okText='取消直播'
                    cancelText='不取消'
                    onConfirm={() => cancel(s)}
                  >
                    <Button size='small' danger>
                      取消
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      <EditModal<LiveForm>
        title={editing?.session ? `修改直播：${editing.session.title}` : '新增直播'}
        initial={editing?.form ?? null}
        onClose={() => setEditing(null)}
        onSave={save}
      >
        {() => (
          <>
            <Form.Item name='title' label='直播标题'>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name='topic' label='直播内容'>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name='hostDepartment' label='主办部门'>
              <Input maxLength={40} />
            </Form.Item>
            <Space size='large'>
              <Form.Item name='start' label='开始时间'>
                <Input type='datetime-local' />
              </Form.Item>
              <Form.Item name='end' label='结束时间'>
                <Input type='datetime-local' />
              </Form.Item>
            </Space>
          </>
        )}
      </EditModal>
    </>
  )
}
