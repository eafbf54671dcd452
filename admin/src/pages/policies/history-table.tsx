import { Button, Card, Popconfirm, Table, Tag } from 'antd'
import type { PolicyEditor } from '../../../../src/services/contract'
import { time } from './labels'

type Entry = PolicyEditor['history'][number]

/** Every published version; any earlier one can be published again as a new version. */
export function HistoryTable({
  editor,
  onRestore,
}: {
  editor: PolicyEditor
  onRestore: (version: number) => void
}) {
  const live = editor.status === 'published' ? editor.version : null
  return (
    <Card size='small' title='历史版本'>
      <Table<Entry>
        rowKey='version'
        size='small'
        pagination={false}
        dataSource={editor.history}
        columns={[
          {
            title: '版本',
            render: (_, h) => (
              <>
                第{h.version}版 {h.version === live && <Tag color='green'>当前生效</Tag>}
              </>
            ),
          },
          { title: '政策名称', dataIndex: 'title' },
          { title: '发布时间', render: (_, h) => time(h.publishedAt) },
          { title: '发布人', render: (_, h) => h.publishedBy?.nickname ?? '初始数据' },
          {
            title: '操作',
            render: (_, h) =>
              h.version === live ? null : (
                <Popconfirm
                  title={`恢复第${h.version}版并立即发布？`}
                  okText='恢复并发布'
                  cancelText='取消'
                  onConfirm={() => onRestore(h.version)}
                >
                  <Button size='small'>恢复此版本</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  )
}
