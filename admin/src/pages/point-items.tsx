import { useCallback, useState } from 'react'
import { Alert, Button, Input, Popconfirm, Space, Table } from 'antd'
import type {
  AdminPoint,
  AdminPointDetail,
  CatalogItemOption,
  PointItem,
} from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'
import { ItemPicker } from './item-picker'

/**
 * The items a point handles and their windows, a page at a time (the 政务服务中心 handles over
 * 1,500): each addition, window change or removal is saved at once.
 */
export function PointItems({
  point,
  onSaved,
}: {
  point: AdminPoint
  onSaved: (saved: AdminPointDetail) => void
}) {
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const [adding, setAdding] = useState<CatalogItemOption | undefined>()
  const [windowName, setWindowName] = useState('')
  const [windows, setWindows] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const load = useCallback(
    () =>
      call('GET /api/v1/admin/points/:id', {
        params: { id: point.id },
        query: { q: search, page },
      }),
    [point.id, search, page],
  )
  const { value, failure: loadFailure, loading, reload } = useLoad(load)
  const change = async (set: PointItem[], remove: string[]) => {
    setFailure(null)
    setSaving(true)
    try {
      const saved = await call('POST /api/v1/admin/points/:id/items', {
        params: { id: point.id },
        body: { set: set.map((i) => ({ itemId: i.itemId, window: i.window })), remove },
      })
      setWindows({})
      onSaved(saved)
      await reload()
      return true
    } catch (error) {
      setFailure(messageOf(error))
      return false
    } finally {
      setSaving(false)
    }
  }
  const add = async () => {
    if (!adding || !windowName.trim()) return
    // Adding an item the point already handles would quietly move it to another window.
    const handled = await call('GET /api/v1/admin/points/:id', {
      params: { id: point.id },
      query: { q: adding.id },
    }).catch(() => null)
    const known = handled?.items.find((i) => i.itemId === adding.id)
    if (known) {
      setFailure(`本网点已在“${known.window}”办理“${known.name}”，如需换窗口请在下方列表中修改`)
      return
    }
    const item = { itemId: adding.id, name: adding.name, window: windowName.trim() }
    if (!(await change([item], []))) return
    setAdding(undefined)
    setWindowName('')
  }
  const windowOf = (r: PointItem) => windows[r.itemId] ?? r.window
  return (
    <Space direction='vertical' style={{ width: '100%' }}>
      <Space wrap>
        <ItemPicker ariaLabel='选择要添加的事项' value={adding?.id} onPick={setAdding} />
        <Input
          aria-label='办理窗口'
          style={{ width: 180 }}
          placeholder='办理窗口，如 3号窗口'
          maxLength={40}
          value={windowName}
          onChange={(e) => setWindowName(e.target.value)}
        />
        <Button
          onClick={() => void add()}
          disabled={!adding || !windowName.trim()}
          loading={saving}
        >
          添加
        </Button>
        <Input.Search
          aria-label='在可办事项中查找'
          placeholder='在可办事项中查找（名称、编号或窗口）'
          allowClear
          style={{ width: 280 }}
          onSearch={(text) => {
            setSearch(text.trim())
            setPage(1)
          }}
        />
      </Space>
      {loadFailure && <Alert type='error' message={loadFailure} showIcon />}
      <Table<PointItem>
        rowKey='itemId'
        size='small'
        loading={loading}
        dataSource={value?.items ?? []}
        pagination={{
          current: page,
          pageSize: value?.pageSize,
          total: value?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共${total}项`,
          onChange: setPage,
        }}
        columns={[
          { title: '事项', dataIndex: 'name' },
          {
            title: '办理窗口',
            render: (_, r) => (
              <Input
                aria-label={`${r.name} 的办理窗口`}
                size='small'
                value={windowOf(r)}
                maxLength={40}
                onChange={(e) => setWindows({ ...windows, [r.itemId]: e.target.value })}
              />
            ),
          },
          {
            title: '操作',
            render: (_, r) => (
              <Space>
                <Button
                  size='small'
                  type='primary'
                  aria-label={`保存 ${r.name} 的办理窗口`}
                  disabled={saving || windowOf(r).trim() === r.window || !windowOf(r).trim()}
                  onClick={() => void change([{ ...r, window: windowOf(r).trim() }], [])}
                >
                  保存
                </Button>
                <Popconfirm
                  title={`不再在本网点办理“${r.name}”？`}
                  okText='移除'
                  cancelText='取消'
                  onConfirm={() => void change([], [r.itemId])}
                >
                  <Button size='small' danger aria-label={`移除 ${r.name}`} disabled={saving}>
                    移除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {failure && <Alert type='error' message={failure} showIcon />}
    </Space>
  )
}
