import { useCallback } from 'react'
import { Alert, App, Button, Popconfirm, Table, Tag } from 'antd'
import type { ConsoleSession } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'
import type { PageProps } from './page-props'

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN')

/** Live console sessions; any can be ended at once (8 hours idle ends one by itself). */
export function SessionsTab({ me }: PageProps) {
  const { message } = App.useApp()
  const load = useCallback(() => call('GET /api/v1/admin/sessions', {}).then((l) => l.items), [])
  const { value, failure, loading, reload } = useLoad(load)
  const revoke = async (id: string) => {
    try {
      await call('POST /api/v1/admin/sessions/:id/revoke', { params: { id } })
      void message.success('已强制下线')
      void reload()
    } catch (error) {
      void message.error(messageOf(error))
    }
  }
  return (
    <>
      {failure && <Alert type='error' message={failure} showIcon />}
      <Table<ConsoleSession>
        rowKey='id'
        loading={loading}
        dataSource={value ?? []}
        pagination={false}
        columns={[
          {
            title: '管理员',
            render: (_, s) => (
              <>
                {s.user.nickname} {s.current && <Tag color='green'>本机</Tag>}
              </>
            ),
          },
          { title: '浏览器', dataIndex: 'browser' },
          { title: '网络地址', dataIndex: 'ip' },
          { title: '登录时间', render: (_, s) => time(s.createdAt) },
          { title: '最近操作', render: (_, s) => time(s.lastSeenAt) },
          { title: '空闲到期', render: (_, s) => time(s.expiresAt) },
          {
            title: '操作',
            render: (_, s) =>
              s.id === me.session?.id ? null : (
                <Popconfirm
                  title='强制下线这个会话？'
                  okText='下线'
                  cancelText='取消'
                  onConfirm={() => revoke(s.id)}
                >
                  <Button size='small' danger>
                    强制下线
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </>
  )
}
