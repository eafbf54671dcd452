import { useCallback, useState } from 'react'
import {
  Alert,
  Button,
  Descriptions,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd'
import type { ImportChange, ImportPreview } from '../../../src/services/contract'
import { call, ConsoleApiError, messageOf } from '../api'
import { useLoad } from '../use-load'
import { EXPAND_COLUMN_TITLE } from '../visually-hidden'

const KIND: Record<ImportChange['kind'], { label: string; color: string }> = {
  new: { label: '新增', color: 'green' },
  changed: { label: '变更', color: 'blue' },
  retired: { label: '废止', color: 'red' },
}

interface Refusal {
  message: string
  rows: { where: string; message: string }[]
}

/** Sends the file as the app's uploads are sent: multipart, one `file` part, the console cookie. */
async function uploadSheet(file: File): Promise<ImportPreview> {
  const form = new FormData()
  form.append('file', file)
  const response = await fetch('/api/v1/admin/catalog/imports', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
  })
  const json = (await response.json().catch(() => null)) as
    | { data: ImportPreview }
    | { error: { code: string; message: string; fields?: Record<string, string> } }
    | null
  if (response.ok && json && 'data' in json) return json.data
  const error = json && 'error' in json ? json.error : null
  throw new ConsoleApiError(
    response.status,
    error?.code ?? 'NETWORK',
    error?.message ?? '上传失败，请检查网络后重试',
    error?.fields,
  )
}

function Diff({ change }: { change: ImportChange }) {
  if (change.kind === 'new')
    return <Typography.Text type='secondary'>新事项，全部内容将写入</Typography.Text>
  return (
    <Table
      size='small'
      rowKey='column'
      pagination={false}
      dataSource={change.fields}
      columns={[
        { title: '列', dataIndex: 'column', width: 100 },
        {
          title: '修改前',
          dataIndex: 'before',
          render: (t: string) => <del style={{ whiteSpace: 'pre-wrap' }}>{t || '（空）'}</del>,
        },
        {
          title: '修改后',
          dataIndex: 'after',
          render: (t: string) => <ins style={{ whiteSpace: 'pre-wrap' }}>{t || '（空）'}</ins>,
        },
      ]}
    />
  )
}

/** 导入实施清单: upload → the diff (new / changed / retired) → apply; previous versions restorable. */
export function CatalogImportPage() {
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const loadSnapshots = useCallback(() => call('GET /api/v1/admin/catalog/snapshots', {}), [])
  const snapshots = useLoad(loadSnapshots)

  const send = async (file: File) => {
    setBusy(true)
    setPreview(null)
    setRefusal(null)
    setNotice(null)
    try {
      setPreview(await uploadSheet(file))
    } catch (error) {
      const fields = error instanceof ConsoleApiError ? error.fields : undefined
      setRefusal({
        message: messageOf(error),
        rows: Object.entries(fields ?? {}).map(([where, message]) => ({ where, message })),
      })
    } finally {
      setBusy(false)
    }
  }
  const apply = async () => {
    if (!preview) return
    setBusy(true)
    try {
      const done = await call('POST /api/v1/admin/catalog/imports/:id/apply', {
        params: { id: preview.id },
        body: {},
      })
      setNotice({
        type: 'success',
        text: `已写入：新增${done.new}项，变更${done.changed}项，废止${done.retired}项。小程序已同步更新。`,
      })
      setPreview(null)
      void snapshots.reload()
    } catch (error) {
      setNotice({ type: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }
  const restore = async (id: string) => {
    try {
      const done = await call('POST /api/v1/admin/catalog/snapshots/:id/restore', {
        params: { id },
        body: {},
      })
      setNotice({ type: 'success', text: `已恢复导入前的版本（${done.items}个事项）` })
    } catch (error) {
      setNotice({ type: 'error', text: messageOf(error) })
    }
    void snapshots.reload()
  }

  return (
    <>
      <Typography.Title level={2}>导入实施清单</Typography.Title>
      <Typography.Paragraph>
        先在“事项管理”导出实施清单（.xlsx），修改后在此上传。系统逐行校验实施编码、必填要素、材料和服务网点，
        列出新增、变更和废止的事项供核对，确认后一次写入；写入前的版本会保留，可随时恢复。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <Upload
          accept='.xlsx,.csv'
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file)
            return false
          }}
        >
          <Button type='primary' loading={busy}>
            选择实施清单文件
          </Button>
        </Upload>
        <Button href='/api/v1/admin/catalog/export'>导出当前实施清单</Button>
      </Space>
      {notice && (
        <Alert type={notice.type} showIcon message={notice.text} style={{ marginBottom: 16 }} />
      )}
      {refusal && (
        <>
          <Alert type='error' showIcon message={refusal.message} style={{ marginBottom: 16 }} />
          {refusal.rows.length > 0 && (
            <Table
              size='small'
              rowKey='where'
              dataSource={refusal.rows}
              pagination={{ pageSize: 20, showSizeChanger: false }}
              columns={[
                { title: '位置', dataIndex: 'where', width: 200 },
                { title: '需要修改', dataIndex: 'message' },
              ]}
            />
          )}
        </>
      )}
      {preview && (
        <section aria-label='导入预览'>
          <Descriptions bordered size='small' column={5} style={{ marginBottom: 16 }}>
            <Descriptions.Item label='文件'>{preview.fileName}</Descriptions.Item>
            <Descriptions.Item label='新增'>{preview.counts.new}</Descriptions.Item>
            <Descriptions.Item label='变更'>{preview.counts.changed}</Descriptions.Item>
            <Descriptions.Item label='废止'>{preview.counts.retired}</Descriptions.Item>
            <Descriptions.Item label='未变'>{preview.counts.unchanged}</Descriptions.Item>
          </Descriptions>
          <Table<ImportChange>
            rowKey='code'
            dataSource={preview.changes}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            expandable={{
              columnTitle: EXPAND_COLUMN_TITLE,
              expandedRowRender: (change) => <Diff change={change} />,
              defaultExpandAllRows: true,
            }}
            columns={[
              {
                title: '类别',
                render: (_, c) => <Tag color={KIND[c.kind].color}>{KIND[c.kind].label}</Tag>,
                width: 80,
              },
              { title: '事项名称', dataIndex: 'name' },
              {
                title: '实施编码',
                dataIndex: 'code',
                render: (code: string) => <code>{code}</code>,
              },
              {
                title: '变动的列',
                render: (_, c) => c.fields.map((f) => f.column).join('、') || '—',
              },
            ]}
          />
          <Space style={{ marginTop: 16 }}>
            <Button
              type='primary'
              loading={busy}
              disabled={preview.changes.length === 0}
              onClick={() => void apply()}
            >
              确认写入
            </Button>
            <Button onClick={() => setPreview(null)}>放弃</Button>
          </Space>
        </section>
      )}
      <Typography.Title level={3} style={{ marginTop: 32 }}>
        历史版本
      </Typography.Title>
      {snapshots.failure && <Alert type='error' showIcon message={snapshots.failure} />}
      <Table
        rowKey='id'
        loading={snapshots.loading}
        dataSource={snapshots.value?.items ?? []}
        pagination={false}
        columns={[
          { title: '导入时间', render: (_, s) => new Date(s.createdAt).toLocaleString('zh-CN') },
          { title: '文件', dataIndex: 'fileName' },
          { title: '涉及事项', dataIndex: 'items' },
          {
            title: '操作',
            render: (_, s) =>
              s.restoredAt ? (
                <Tag>已于{new Date(s.restoredAt).toLocaleString('zh-CN')}恢复</Tag>
              ) : (
                <Popconfirm
                  title='恢复到这次导入之前的版本？'
                  description='这次导入修改的事项改回原样，新增的事项移除。'
                  okText='确认恢复'
                  cancelText='取消'
                  onConfirm={() => void restore(s.id)}
                >
                  <Button size='small'>恢复导入前版本</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </>
  )
}
