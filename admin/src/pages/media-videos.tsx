import { useCallback, useState } from 'react'
import { App, Button, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd'
import type { AdminVideo, VideoEdit } from '../../../src/services/contract'
import { call, messageOf } from '../api'
import { EditModal } from '../edit-modal'
import { useLoad } from '../use-load'

const editOf = (v: AdminVideo): VideoEdit => ({
  title: v.title,
  department: v.department,
  description: v.description,
  chapters: v.chapters.map((c) => ({ title: c.title, startSec: c.startSec })),
})

/** 视频讲解 and 直播回放: titles, 主题, chapters; a video taken off disappears from the app. */
export function VideosTab() {
  const { message } = App.useApp()
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const load = useCallback(
    () => call('GET /api/v1/admin/media/videos', { query: { q: q || undefined, page } }),
    [q, page],
  )
  const { value, loading, failure, reload } = useLoad(load)
  const [editing, setEditing] = useState<AdminVideo | null>(null)
  const toggle = async (v: AdminVideo) => {
    try {
      const params = { id: v.id }
      await (v.hidden
        ? call('POST /api/v1/admin/media/videos/:id/show', { params })
        : call('POST /api/v1/admin/media/videos/:id/hide', { params }))
      void message.success(v.hidden ? '已上架' : '已下架，小程序不再展示')
      void reload()
    } catch (error) {
      void message.error(messageOf(error))
    }
  }
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label='按标题搜索视频'
          placeholder='按标题搜索'
          allowClear
          onSearch={(text) => {
            setPage(1)
            setQ(text.trim())
          }}
          style={{ width: 320 }}
        />
        {failure && <Typography.Text type='danger'>{failure}</Typography.Text>}
      </Space>
      <Table<AdminVideo>
        rowKey='id'
        loading={loading}
        dataSource={value?.items ?? []}
        pagination={{
          current: page,
          pageSize: value?.pageSize ?? 20,
          total: value?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: '标题',
            render: (_, v) => (
              <Space direction='vertical' size={0}>
                <Typography.Text strong>{v.title}</Typography.Text>
                <Space size={4}>
                  <Tag>{v.kind === 'tutorial' ? '视频讲解' : '直播回放'}</Tag>
                  {v.hidden && <Tag>已下架</Tag>}
                  {v.editedAt && <Tag color='blue'>后台已修改</Tag>}
                </Space>
              </Space>
            ),
          },
          { title: '主题（讲解部门）', dataIndex: 'department' },
          { title: '时长', render: (_, v) => `${v.durationSec} 秒` },
          { title: '章节', render: (_, v) => `${v.chapters.length} 个` },
          {
            title: '操作',
            render: (_, v) => (
              <Space>
                <Button size='small' aria-label={`编辑 ${v.title}`} onClick={() => setEditing(v)}>
                  编辑
                </Button>
                <Button size='small' danger={!v.hidden} onClick={() => void toggle(v)}>
                  {v.hidden ? '上架' : '下架'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <EditModal<VideoEdit>
        title={`编辑视频（共 ${editing?.durationSec ?? 0} 秒）`}
        initial={editing && editOf(editing)}
        onClose={() => setEditing(null)}
        onSave={async (body) => {
          if (!editing) return
          await call('POST /api/v1/admin/media/videos/:id', { params: { id: editing.id }, body })
          void message.success('已保存，小程序立即显示')
          void reload()
        }}
      >
        {() => (
          <>
            <Form.Item name='title' label='视频标题'>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name='department' label='主题（讲解部门）'>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name='description' label='视频简介'>
              <Input.TextArea rows={2} maxLength={300} />
            </Form.Item>
            <Form.List name='chapters'>
              {(fields) =>
                fields.map((field, i) => (
                  <Space key={field.key} align='start'>
                    <Form.Item
                      name={[field.name, 'title']}
                      label={`第${i + 1}章（${editing?.chapters[i]?.link.name ?? ''}）`}
                    >
                      <Input maxLength={40} style={{ width: 380 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'startSec']} label='开始（秒）'>
                      <InputNumber min={0} />
                    </Form.Item>
                  </Space>
                ))
              }
            </Form.List>
          </>
        )}
      </EditModal>
    </>
  )
}
