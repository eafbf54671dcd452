import { useCallback, useState } from 'react'
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd'
import {
  isScopedRoleKind,
  STAFF_ROLE_KINDS,
  STAFF_ROLE_NAMES,
  type RoleScopes,
  type StaffMember,
  type StaffRoleKind,
} from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'

interface GrantForm {
  userId: string
  kind: StaffRoleKind
  scopeId?: string
  lawyerName?: string
  lawyerFirm?: string
}

const scopesOf = (scopes: RoleScopes | null, kind: StaffRoleKind | undefined) =>
  scopes && (kind === 'window' || kind === 'bank' || kind === 'lab') ? scopes[kind] : []

function GrantRole({ people, onGranted }: { people: StaffMember[]; onGranted: () => void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<GrantForm>()
  const kind = Form.useWatch('kind', form)
  const loadScopes = useCallback(() => call('GET /api/v1/admin/role-scopes', {}), [])
  const { value: scopes } = useLoad(loadScopes)
  const [failure, setFailure] = useState<string | null>(null)
  const grant = async (values: GrantForm) => {
    setFailure(null)
    try {
      const body = {
        userId: values.userId,
        kind: values.kind,
        ...(isScopedRoleKind(values.kind) && { scopeId: values.scopeId }),
        ...(values.kind === 'lawyer' &&
          values.lawyerName && {
            lawyer: { name: values.lawyerName, firm: values.lawyerFirm ?? '' },
          }),
      }
      const granted = await call('POST /api/v1/admin/roles', { body })
      void message.success(`已授予${granted.user.nickname}${STAFF_ROLE_NAMES[granted.kind]}角色`)
      form.resetFields()
      onGranted()
    } catch (error) {
      setFailure(messageOf(error))
    }
  }
  return (
    <Card title='授予角色' size='small'>
      <Form form={form} layout='inline' onFinish={(v) => void grant(v)}>
        <Form.Item name='userId' label='人员' rules={[{ required: true, message: '请选择人员' }]}>
          <Select
            style={{ width: 260 }}
            showSearch
            optionFilterProp='label'
            placeholder='选择已认领邀请的人员'
            options={people.map((p) => ({ value: p.user.id, label: `${p.name}（${p.user.id}）` }))}
          />
        </Form.Item>
        <Form.Item name='kind' label='角色' rules={[{ required: true, message: '请选择角色' }]}>
          <Select
            style={{ width: 180 }}
            options={STAFF_ROLE_KINDS.map((k) => ({ value: k, label: STAFF_ROLE_NAMES[k] }))}
          />
        </Form.Item>
        {kind !== undefined && isScopedRoleKind(kind) && (
          <Form.Item
            name='scopeId'
            label='所属网点/机构'
            rules={[{ required: true, message: '该角色须指定网点、银行或检测机构' }]}
          >
            <Select
              style={{ width: 260 }}
              showSearch
              optionFilterProp='label'
              options={scopesOf(scopes, kind).map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
        )}
        {kind === 'lawyer' && (
          <>
            <Form.Item name='lawyerName' label='律师姓名' tooltip='首次授予律师角色时建立律师档案'>
              <Input style={{ width: 120 }} maxLength={20} />
            </Form.Item>
            <Form.Item name='lawyerFirm' label='执业机构'>
              <Input style={{ width: 220 }} maxLength={60} />
            </Form.Item>
          </>
        )}
        <Form.Item>
          <Button type='primary' htmlType='submit'>
            授予角色
          </Button>
        </Form.Item>
      </Form>
      {failure && <Alert style={{ marginTop: 12 }} type='error' message={failure} showIcon />}
    </Card>
  )
}

export function PeopleTab() {
  const { message } = App.useApp()
  const load = useCallback(() => call('GET /api/v1/admin/staff', {}).then((list) => list.items), [])
  const { value, failure, loading, reload } = useLoad(load)
  const revoke = async (grantId: string) => {
    try {
      await call('POST /api/v1/admin/roles/:id/revoke', { params: { id: grantId } })
      void message.success('已撤销，立即生效')
      void reload()
    } catch (error) {
      void message.error(messageOf(error))
    }
  }
  return (
    <Space direction='vertical' style={{ width: '100%' }} size='large'>
      <GrantRole people={value ?? []} onGranted={() => void reload()} />
      {failure && <Alert type='error' message={failure} showIcon />}
      <Table<StaffMember>
        rowKey={(m) => m.user.id}
        loading={loading}
        dataSource={value ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '用户编号', render: (_, m) => m.user.id },
          {
            title: '角色（所属网点/机构）',
            render: (_, m) =>
              m.roles.length === 0 ? (
                <Tag>待授予角色</Tag>
              ) : (
                <Space wrap>
                  {m.roles.map((r) => (
                    <Popconfirm
                      key={r.grantId}
                      title={`撤销${m.name}的${STAFF_ROLE_NAMES[r.kind]}角色？`}
                      description='撤销立即生效，对方下一次操作即被拒绝'
                      okText='撤销'
                      cancelText='取消'
                      onConfirm={() => revoke(r.grantId)}
                    >
                      <Tag color='blue' style={{ cursor: 'pointer' }}>
                        {STAFF_ROLE_NAMES[r.kind]}
                        {r.scopeName ? `（${r.scopeName}）` : ''} ×
                      </Tag>
                    </Popconfirm>
                  ))}
                </Space>
              ),
          },
          {
            title: '认领邀请',
            render: (_, m) => (m.invitedAt ? new Date(m.invitedAt).toLocaleString('zh-CN') : '—'),
          },
        ]}
      />
    </Space>
  )
}
