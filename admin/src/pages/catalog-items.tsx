import { useCallback, useState } from 'react'
import {
  Alert,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import type {
  ConsoleGuide,
  ConsoleItemRow,
  ConsoleItemStatus,
} from '../../../src/services/contract'
import { call, ConsoleApiError, messageOf } from '../api'
import { useLoad } from '../use-load'

const STATUS_COLORS: Record<ConsoleItemStatus, string> = {
  在用: 'green',
  示例: 'gold',
  待废止: 'orange',
  已废止: 'default',
}
const STATUSES = Object.keys(STATUS_COLORS) as ConsoleItemStatus[]
const PAGE_SIZE = 20
/** Columns whose text is one entry per line. */
const MULTILINE = new Set(['设定依据', '申请条件', '材料', '办理流程', '地点'])
const HINTS: Record<string, string> = {
  材料: '每行一种材料，用材料库中的名称；可不交的在末尾写“（选交）”',
  办理流程: '每行一步：步骤名：说明',
  地点: '每行一处：服务网点全称｜窗口',
  法定时限: '如“20个工作日”；法律未规定的填“无”',
  承诺时限: '如“5个工作日”；当场办结填“即办”',
  状态: '在用 / 废止（废止须填生效日期）',
  生效日期: '废止的生效日期，如 2026-12-31',
  示例: '“是”表示系统生成的示例事项；清空即确认为本区事项',
}

function GuideForm({
  guide,
  onSaved,
}: {
  guide: ConsoleGuide
  onSaved: (g: ConsoleGuide) => void
}) {
  const [form] = Form.useForm<Record<string, string>>()
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const save = async (cells: Record<string, string>) => {
    setSaving(true)
    try {
      const saved = await call('PUT /api/v1/admin/catalog/items/:id', {
        params: { id: guide.item.id },
        body: { cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v ?? ''])) },
      })
      form.setFields(Object.keys(cells).map((name) => ({ name, errors: [] })))
      setFailure(null)
      onSaved(saved)
    } catch (error) {
      setFailure(messageOf(error))
      if (error instanceof ConsoleApiError && error.fields) {
        form.setFields(Object.entries(error.fields).map(([name, e]) => ({ name, errors: [e] })))
      }
    } finally {
      setSaving(false)
    }
  }
  return (
    <Form form={form} layout='vertical' initialValues={guide.cells} onFinish={(v) => void save(v)}>
      {failure && <Alert type='error' showIcon message={failure} style={{ marginBottom: 16 }} />}
      {guide.columns.map((column) => (
        <Form.Item key={column} name={column} label={column} extra={HINTS[column]}>
          {MULTILINE.has(column) ? (
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
          ) : (
            <Input disabled={column === '实施编码'} />
          )}
        </Form.Item>
      ))}
      <Button type='primary' htmlType='submit' loading={saving}>
        保存指南
      </Button>
    </Form>
  )
}

function RetireDialog({
  item,
  onClose,
}: {
  item: ConsoleItemRow
  onClose: (changed: boolean) => void
}) {
  const [date, setDate] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const retire = async () => {
    if (!date) return setFailure('请选择废止生效日期')
    try {
      await call('POST /api/v1/admin/catalog/items/:id/retire', {
        params: { id: item.id },
        body: { effectiveOn: date },
      })
      onClose(true)
    } catch (error) {
      setFailure(messageOf(error))
    }
  }
  return (
    <Modal
      open
      title={`废止“${item.name}”`}
      okText='确认废止'
      okButtonProps={{ danger: true }}
      onOk={() => void retire()}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph>
        自生效日期起，小程序的搜索、列表、一件事和智能导办都不再显示该事项；收藏中显示“已废止”，指南链接提示废止日期。
      </Typography.Paragraph>
      <Space direction='vertical'>
        <label htmlFor='retire-date'>生效日期</label>
        <DatePicker
          id='retire-date'
          onChange={(_, text) => setDate(typeof text === 'string' ? text : null)}
        />
      </Space>
      {failure && <Alert type='error' showIcon message={failure} style={{ marginTop: 16 }} />}
    </Modal>
  )
}

/** 事项管理: the catalog with its status (在用 / 示例 / 待废止 / 已废止) and update day; edit, retire. */
export function CatalogItemsPage() {
  const [q, setQ] = useState('')
  const [status, setStatus] = useState<ConsoleItemStatus | undefined>()
  const [page, setPage] = useState(1)
  const [editing, setEditing] = useState<ConsoleGuide | null>(null)
  const [retiring, setRetiring] = useState<ConsoleItemRow | null>(null)
  const load = useCallback(
    () =>
      call('GET /api/v1/admin/catalog/items', {
        query: { q: q || undefined, status, page, pageSize: PAGE_SIZE },
      }),
    [q, status, page],
  )
  const { value, failure, loading, reload } = useLoad(load)
  const open = async (row: ConsoleItemRow) => {
    setEditing(await call('GET /api/v1/admin/catalog/items/:id', { params: { id: row.id } }))
  }
  return (
    <>
      <Typography.Title level={2}>事项管理</Typography.Title>
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          allowClear
          aria-label='搜索事项'
          placeholder='事项名称、实施编码或部门'
          style={{ width: 320 }}
          onSearch={(text) => {
            setPage(1)
            setQ(text.trim())
          }}
        />
        <Select<ConsoleItemStatus>
          allowClear
          aria-label='状态'
          placeholder='全部状态'
          style={{ width: 140 }}
          value={status}
          onChange={(v) => {
            setPage(1)
            setStatus(v)
          }}
          options={STATUSES.map((s) => ({ value: s, label: s }))}
        />
        <Button href='/api/v1/admin/catalog/export'>导出实施清单</Button>
      </Space>
      {failure && <Alert type='error' message={failure} showIcon />}
      <Table<ConsoleItemRow>
        rowKey='id'
        loading={loading}
        dataSource={value?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: value?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 项`,
        }}
        columns={[
          { title: '事项名称', dataIndex: 'name' },
          { title: '实施编码', dataIndex: 'code', render: (code: string) => <code>{code}</code> },
          { title: '实施主体', dataIndex: 'department' },
          {
            title: '状态',
            width: 150,
            render: (_, row) => (
              <Tag color={STATUS_COLORS[row.status]}>
                {row.status}
                {row.retiredOn ? ` ${row.retiredOn}` : ''}
              </Tag>
            ),
          },
          {
            title: '更新于',
            dataIndex: 'updatedOn',
            width: 110,
            render: (d: string | null) => d ?? '—',
          },
          {
            title: '操作',
            render: (_, row) => (
              <Space>
                <Button size='small' onClick={() => void open(row)}>
                  编辑指南
                </Button>
                {row.retiredOn === null && (
                  <Button size='small' danger onClick={() => setRetiring(row)}>
                    废止
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Drawer
        open={editing !== null}
        size='large'
        width={720}
        title={editing ? `编辑办事指南：${editing.item.name}` : ''}
        onClose={() => setEditing(null)}
        destroyOnHidden
      >
        {editing && (
          <GuideForm
            guide={editing}
            onSaved={(saved) => {
              setEditing(saved)
              void reload()
            }}
          />
        )}
      </Drawer>
      {retiring && (
        <RetireDialog
          item={retiring}
          onClose={(changed) => {
            setRetiring(null)
            if (changed) void reload()
          }}
        />
      )}
    </>
  )
}
