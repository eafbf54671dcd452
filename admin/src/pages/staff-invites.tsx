import { useCallback, useState } from 'react'
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import type { Invite, InviteRequest } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'

const STATUS: Record<Invite['status'], { text: string; color: string }> = {
  pending: { text: '待认领', color: 'gold' },
  claimed: { text: '已认领', color: 'green' },
  expired: { text: '已过期', color: 'default' },
  revoked: { text: '已作废', color: 'default' },
}

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN')

/** The code to hand over: 8 digits to read out, or the QR code to scan. */
function InviteCode({ invite }: { invite: Invite }) {
  if (invite.digits === null || invite.svg === null) return null
  return (
    <Card size='small' title={`${invite.name} 的邀请码`} aria-label='新邀请码'>
      <Space size='large' align='center'>
        <img
          alt='工作人员邀请二维码'
          width={160}
          height={160}
          src={`data:image/svg+xml;utf8,${encodeURIComponent(invite.svg)}`}
        />
        <Space direction='vertical'>
          <Typography.Text style={{ fontSize: 28, letterSpacing: 4 }} copyable>
            {invite.digits}
          </Typography.Text>
          <Typography.Text type='secondary'>
            请对方在小程序“我的 → 认领工作人员邀请”输入这8位数字，或扫描二维码；
            {time(invite.expiresAt)}前有效，只能认领一次。
          </Typography.Text>
        </Space>
      </Space>
    </Card>
  )
}

export function InvitesTab() {
  const { message } = App.useApp()
  const [form] = Form.useForm<InviteRequest>()
  const [created, setCreated] = useState<Invite | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const load = useCallback(() => call('GET /api/v1/admin/invites', {}).then((l) => l.items), [])
  const { value, loading, reload } = useLoad(load)
  const create = async (body: InviteRequest) => {
    setFailure(null)
    try {
      setCreated(await call('POST /api/v1/admin/invites', { body }))
      form.resetFields()
      void reload()
    } catch (error) {
      setFailure(messageOf(error))
    }
  }
  const revoke = async (id: string) => {
    try {
      await call('POST /api/v1/admin/invites/:id/revoke', { params: { id } })
      void message.success('邀请码已作废')
      if (created?.id === id) setCreated(null)
      void reload()
    } catch (error) {
      void message.error(messageOf(error))
    }
  }
  return (
    <Space direction='vertical' style={{ width: '100%' }} size='large'>
      <Card title='邀请工作人员' size='small'>
        <Form form={form} layout='inline' onFinish={(v) => void create(v)}>
          <Form.Item
            name='name'
            label='姓名或称呼'
            rules={[{ required: true, message: '请填写受邀人的姓名或称呼' }]}
          >
            <Input style={{ width: 200 }} maxLength={40} />
          </Form.Item>
          <Form.Item name='note' label='备注'>
            <Input style={{ width: 260 }} maxLength={100} placeholder='如：法律服务专区 律师' />
          </Form.Item>
          <Form.Item>
            <Button type='primary' htmlType='submit'>
              生成邀请码
            </Button>
          </Form.Item>
        </Form>
        {failure && <Alert style={{ marginTop: 12 }} type='error' message={failure} showIcon />}
      </Card>
      {created && <InviteCode invite={created} />}
      <Table<Invite>
        rowKey='id'
        loading={loading}
        dataSource={value ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: '受邀人', dataIndex: 'name' },
          { title: '备注', dataIndex: 'note' },
          {
            title: '状态',
            render: (_, i) => <Tag color={STATUS[i.status].color}>{STATUS[i.status].text}</Tag>,
          },
          { title: '邀请码', render: (_, i) => i.digits ?? '—' },
          { title: '认领人', render: (_, i) => i.claimedBy?.nickname ?? '—' },
          { title: '生成时间', render: (_, i) => time(i.createdAt) },
          {
            title: '操作',
            render: (_, i) =>
              i.status === 'pending' ? (
                <Popconfirm
                  title='作废这个邀请码？'
                  okText='作废'
                  cancelText='取消'
                  onConfirm={() => revoke(i.id)}
                >
                  <Button size='small' danger>
                    作废
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Space>
  )
}
