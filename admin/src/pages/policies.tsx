import { useCallback, useState } from 'react'
import { Alert, Button, Form, Select, Space, Table, Tag, Typography } from 'antd'
import {
  POLICY_LEVELS,
  labelOf,
  type PolicyRow,
  type PolicyStatus,
} from '../../../src/services/contract'
import { call } from '../api'
import { useLoad } from '../use-load'
import { MODE, STATUS, time } from './policies/labels'
import { PolicyEditorView } from './policies/policy-editor'

interface Filters {
  level?: PolicyRow['level']
  status?: PolicyStatus
}

/** 惠企政策: the list by level and status; a row opens its editor. */
export function PoliciesPage() {
  const [filters, setFilters] = useState<Filters>({})
  const [editing, setEditing] = useState<string | null | 'new'>(null)
  const loadFacts = useCallback(
    () => call('GET /api/v1/admin/policies/facts', {}).then((r) => r.facts),
    [],
  )
  const facts = useLoad(loadFacts)
  const loadList = useCallback(
    () => call('GET /api/v1/admin/policies', { query: filters }).then((r) => r.items),
    [filters],
  )
  const list = useLoad(loadList)

  if (editing !== null && facts.value) {
    return (
      <PolicyEditorView
        key={editing}
        id={editing === 'new' ? null : editing}
        facts={facts.value}
        onBack={() => {
          setEditing(null)
          void list.reload()
        }}
      />
    )
  }
  return (
    <Space orientation='vertical' style={{ width: '100%' }} size='middle'>
      <Typography.Title level={2} style={{ margin: 0 }}>
        惠企政策
      </Typography.Title>
      <Typography.Text type='secondary'>
        修改先存为草稿，试算示例企业后发布；发布立即对小程序的政策匹配和订阅生效，旧版本可恢复。
      </Typography.Text>
      <Space wrap>
        <Form layout='inline' onValuesChange={(_, all: Filters) => setFilters({ ...all })}>
          <Form.Item name='level' label='层级'>
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder='全部'
              options={POLICY_LEVELS.map((l) => ({ value: l.value, label: l.label }))}
            />
          </Form.Item>
          <Form.Item name='status' label='状态'>
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder='全部'
              options={Object.entries(STATUS).map(([value, s]) => ({ value, label: s.text }))}
            />
          </Form.Item>
        </Form>
        <Button type='primary' onClick={() => setEditing('new')}>
          新建政策
        </Button>
      </Space>
      {(list.failure ?? facts.failure) && (
        <Alert type='error' showIcon message={list.failure ?? facts.failure} />
      )}
      <Table<PolicyRow>
        rowKey='id'
        size='middle'
        loading={list.loading}
        dataSource={list.value ?? []}
        pagination={{ pageSize: 15, showSizeChanger: false }}
        columns={[
          { title: '政策名称', dataIndex: 'title' },
          { title: '层级', width: 80, render: (_, p) => labelOf(POLICY_LEVELS, p.level) },
          { title: '主管部门', dataIndex: 'department', ellipsis: true },
          { title: '方式', width: 100, render: (_, p) => MODE[p.mode] },
          {
            title: '状态',
            width: 170,
            render: (_, p) => (
              <Space size={4} wrap>
                <Tag color={STATUS[p.status].color}>{STATUS[p.status].text}</Tag>
                {p.hasDraft && p.status !== 'draft' && <Tag color='gold'>有草稿</Tag>}
              </Space>
            ),
          },
          {
            title: '版本',
            width: 70,
            render: (_, p) => (p.version > 0 ? `第${p.version}版` : '—'),
          },
          {
            title: '后台修改',
            width: 170,
            render: (_, p) => (p.editedAt === null ? '初始数据' : time(p.editedAt)),
          },
          {
            title: '操作',
            width: 80,
            render: (_, p) => (
              <Button size='small' onClick={() => setEditing(p.id)} aria-label={`编辑 ${p.title}`}>
                编辑
              </Button>
            ),
          },
        ]}
      />
    </Space>
  )
}
