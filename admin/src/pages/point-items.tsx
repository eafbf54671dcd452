import { useState } from 'react'
import { Alert, Button, Input, Space, Table } from 'antd'
import type { AdminPointDetail, CatalogItemOption, PointItem } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { ItemPicker } from './item-picker'

/** The items a point handles and their windows, saved all at once. */
export function PointItems({
  detail,
  onSaved,
}: {
  detail: AdminPointDetail
  onSaved: (saved: AdminPointDetail) => void
}) {
  const [rows, setRows] = useState<PointItem[]>(detail.items)
  const [adding, setAdding] = useState<CatalogItemOption | undefined>()
  const [windowName, setWindowName] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [filter, setFilter] = useState('')
  const taken = new Set(rows.map((r) => r.itemId))
  const add = () => {
    if (!adding || !windowName.trim()) return
    setRows([...rows, { itemId: adding.id, name: adding.name, window: windowName.trim() }])
    setAdding(undefined)
  }
  const save = async () => {
    setFailure(null)
    setSaving(true)
    try {
      const saved = await call('POST /api/v1/admin/points/:id/items', {
        params: { id: detail.point.id },
        body: { items: rows.map((r) => ({ itemId: r.itemId, window: r.window })) },
      })
      setRows(saved.items)
      onSaved(saved)
    } catch (error) {
      setFailure(messageOf(error))
    } finally {
      setSaving(false)
    }
  }
  return (
    <Space direction='vertical' style={{ width: '100%' }}>
      <Space wrap>
        <ItemPicker
          ariaLabel='选择要添加的事项'
          value={adding?.id}
          onPick={setAdding}
          exclude={taken}
        />
        <Input
          aria-label='办理窗口'
          style={{ width: 180 }}
          placeholder='办理窗口，如 3号窗口'
          maxLength={40}
          value={windowName}
          onChange={(e) => setWindowName(e.target.value)}
        />
        <Button onClick={add} disabled={!adding || !windowName.trim()}>
          添加
        </Button>
        <Input.Search
          aria-label='在已选事项中查找'
          placeholder='在已选事项中查找（名称或窗口）'
          allowClear
          style={{ width: 260 }}
          onSearch={setFilter}
          onChange={(e) => setFilter(e.target.value.trim())}
        />
      </Space>
      <Table<PointItem>
        rowKey='itemId'
        size='small'
        dataSource={
          filter ? rows.filter((r) => r.name.includes(filter) || r.window.includes(filter)) : rows
        }
        pagination={{ pageSize: 8 }}
        columns={[
          { title: '事项', dataIndex: 'name' },
          {
            title: '办理窗口',
            render: (_, r) => (
              <Input
                aria-label={`${r.name} 的办理窗口`}
                size='small'
                value={r.window}
                maxLength={40}
                onChange={(e) =>
                  setRows(
                    rows.map((x) => (x.itemId === r.itemId ? { ...x, window: e.target.value } : x)),
                  )
                }
              />
            ),
          },
          {
            title: '操作',
            render: (_, r) => (
              <Button
                size='small'
                danger
                onClick={() => setRows(rows.filter((x) => x.itemId !== r.itemId))}
              >
                移除
              </Button>
            ),
          },
        ]}
      />
      {failure && <Alert type='error' message={failure} showIcon />}
      <Button type='primary' onClick={() => void save()} loading={saving}>
        保存可办事项（{rows.length}项）
      </Button>
    </Space>
  )
}
