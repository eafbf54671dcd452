import { useCallback, useState } from 'react'
import { Alert, Form, Input, Select, Space, Table, Tag, Typography } from 'antd'
import type { AuditArea, ConsoleAuditEntry } from '../../../src/services/contract'
import { call } from '../api'
import { useLoad } from '../use-load'
import { EXPAND_COLUMN_TITLE } from '../visually-hidden'

const AREA_NAMES: Record<AuditArea, string> = {
  role: '角色授予与撤销',
  console: '后台登录',
  invite: '工作人员邀请',
  point: '服务网点',
  calendar: '节假日与调休',
  qr: '一码通',
  lab: '检测机构',
  lawyer: '律师',
  live: '直播排期',
  video: '视频讲解',
  catalog: '事项与一件事',
  supervision: '电子监察督办',
  policy: '惠企政策',
  loan_product: '银行产品',
}

interface Filters {
  area?: AuditArea
  actorId?: string
  from?: string
  to?: string
}

const PAGE_SIZE = 20

function Json({ value }: { value: Record<string, unknown> | null }) {
  if (value === null) return <Typography.Text type='secondary'>（无）</Typography.Text>
  return <pre style={{ margin: 0, fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>
}

/** 审计日志: every console change, newest first, with what it was before and after. */
export function AuditPage() {
  const [filters, setFilters] = useState<Filters>({})
  const [page, setPage] = useState(1)
  const load = useCallback(
    () => call('GET /api/v1/admin/audit', { query: { ...filters, page, pageSize: PAGE_SIZE } }),
    [filters, page],
  )
  const { value, failure, loading } = useLoad(load)
  return (
    <>
      <Typography.Title level={2}>审计日志</Typography.Title>
      <Form<Filters>
        layout='inline'
        style={{ marginBottom: 16 }}
        onValuesChange={(_, all) => {
          setPage(1)
          setFilters({
            area: all.area,
            actorId: all.actorId || undefined,
            from: all.from || undefined,
            to: all.to || undefined,
          })
        }}
      >
        <Form.Item name='area' label='类别'>
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder='全部'
            options={Object.entries(AREA_NAMES).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name='actorId' label='操作人编号'>
          <Input allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name='from' label='开始日期'>
          <Input type='date' />
        </Form.Item>
        <Form.Item name='to' label='结束日期'>
          <Input type='date' />
        </Form.Item>
      </Form>
      {failure && <Alert type='error' message={failure} showIcon />}
      <Table<ConsoleAuditEntry>
        rowKey='id'
        loading={loading}
        dataSource={value?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: value?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 条`,
        }}
        expandable={{
          columnTitle: EXPAND_COLUMN_TITLE,
          expandedRowRender: (entry) => (
            <Space align='start' size='large'>
              <div>
                <Typography.Text strong>改前</Typography.Text>
                <Json value={entry.before} />
              </div>
              <div>
                <Typography.Text strong>改后</Typography.Text>
                <Json value={entry.after} />
              </div>
            </Space>
          ),
        }}
        columns={[
          { title: '时间', render: (_, e) => new Date(e.at).toLocaleString('zh-CN') },
          { title: '操作人', render: (_, e) => e.actor?.nickname ?? '系统初始化' },
          { title: '类别', render: (_, e) => <Tag>{AREA_NAMES[e.area]}</Tag> },
          { title: '内容', dataIndex: 'summary' },
          { title: '对象', render: (_, e) => `${e.target.kind} ${e.target.id.slice(0, 8)}` },
        ]}
      />
    </>
  )
}
