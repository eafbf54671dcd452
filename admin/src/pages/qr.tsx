import { useCallback, useState } from 'react'
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import type { AdminQrCode, AdminQrZone } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'
import { IssueCodeModal, ZoneModal } from './qr-forms'
import { EXPAND_COLUMN_TITLE } from '../visually-hidden'

const KIND_NAMES: Record<AdminQrCode['kind'], string> = {
  zone: '专区页',
  guide: '办事指南',
  queue: '取号',
  campaign: '活动',
}

/** Opens the zone's A3 wall in a new tab, ready for the browser's 打印 (the same sheet as `npm run qr:wall`). */
async function openWall(zoneId: string) {
  const sheet = await call('GET /api/v1/admin/qr/zones/:id/wall', { params: { id: zoneId } })
  const url = URL.createObjectURL(new Blob([sheet.html], { type: 'text/html;charset=utf-8' }))
  window.open(url, '_blank')
}

function Codes({ zone, onChanged }: { zone: AdminQrZone; onChanged: () => void }) {
  const { message } = App.useApp()
  const revoke = async (code: AdminQrCode) => {
    try {
      await call('POST /api/v1/admin/qr/codes/:id/revoke', { params: { id: code.id } })
      void message.success(`“${code.title}”已停用，扫码会提示已停用；请重新打印码墙`)
      onChanged()
    } catch (error) {
      void message.error(messageOf(error))
    }
  }
  return (
    <Table<AdminQrCode>
      rowKey='id'
      size='small'
      pagination={false}
      dataSource={zone.codes}
      columns={[
        { title: '标题', dataIndex: 'title' },
        { title: '类型', render: (_, c) => KIND_NAMES[c.kind] },
        { title: '指向', dataIndex: 'targetId' },
        { title: '码编号', dataIndex: 'id' },
        {
          title: '状态',
          render: (_, c) => (c.revokedAt ? <Tag>已停用</Tag> : <Tag color='green'>使用中</Tag>),
        },
        {
          title: '操作',
          render: (_, c) =>
            c.revokedAt ? null : (
              <Popconfirm
                title={`停用“${c.title}”？`}
                description='已张贴的这个码扫了会提示“已停用”，不能恢复。'
                okText='停用'
                cancelText='取消'
                onConfirm={() => revoke(c)}
              >
                <Button size='small' danger>
                  停用
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  )
}

/** 一码通: the service zones, the codes on their walls (issue, revoke) and the printable wall. */
export function QrPage() {
  const { message } = App.useApp()
  const load = useCallback(() => call('GET /api/v1/admin/qr/zones', {}).then((l) => l.items), [])
  const { value, loading, reload } = useLoad(load)
  const [editing, setEditing] = useState<AdminQrZone | 'new' | null>(null)
  const [issuing, setIssuing] = useState<AdminQrZone | null>(null)
  const print = (zone: AdminQrZone) =>
    openWall(zone.id).catch((error: unknown) => void message.error(messageOf(error)))
  return (
    <>
      <Typography.Title level={2}>一码通专区</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <Button type='primary' onClick={() => setEditing('new')}>
          新建专区
        </Button>
        <Typography.Text type='secondary'>
          码只停用不删除：已张贴的旧码扫了会提示“已停用”。签发或停用后请重新打印码墙。
        </Typography.Text>
      </Space>
      <Table<AdminQrZone>
        rowKey='id'
        loading={loading}
        dataSource={value ?? []}
        pagination={false}
        expandable={{
          columnTitle: EXPAND_COLUMN_TITLE,
          expandedRowRender: (zone) => <Codes zone={zone} onChanged={() => void reload()} />,
        }}
        columns={[
          { title: '专区', dataIndex: 'name' },
          { title: '编号', dataIndex: 'id' },
          { title: '所在网点', dataIndex: 'pointName' },
          {
            title: '使用中的码',
            render: (_, z) => z.codes.filter((c) => c.revokedAt === null).length,
          },
          {
            title: '来源',
            render: (_, z) => (z.editedAt ? <Tag color='blue'>后台维护</Tag> : <Tag>初始数据</Tag>),
          },
          {
            title: '操作',
            render: (_, z) => (
              <Space>
                <Button size='small' onClick={() => setEditing(z)}>
                  编辑
                </Button>
                <Button size='small' onClick={() => setIssuing(z)}>
                  签发码
                </Button>
                <Button
                  size='small'
                  onClick={() => void print(z)}
                  aria-label={`打印码墙 ${z.name}`}
                >
                  打印码墙
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <ZoneModal
          zone={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            void message.success(`专区“${saved.name}”已保存`)
            setEditing(null)
            void reload()
          }}
        />
      )}
      {issuing && (
        <IssueCodeModal
          zone={issuing}
          onClose={() => setIssuing(null)}
          onIssued={() => {
            void message.success('已签发，请重新打印码墙')
            setIssuing(null)
            void reload()
          }}
        />
      )}
    </>
  )
}
