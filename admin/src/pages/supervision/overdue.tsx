import { useCallback } from 'react'
import { Alert, App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd'
import type { OverdueCase, SupervisionRange } from '../../../../src/services/contract'
import { call, messageOf } from '../../api'
import { useLoad } from '../../use-load'
import { ExportButton } from './export-button'

const left = (c: OverdueCase) =>
  c.daysLeft < 0
    ? `超期 ${-c.daysLeft} 个工作日`
    : c.daysLeft === 0
      ? '今日到期'
      : `剩 ${c.daysLeft} 个工作日`

/** Open cases near or past their 承诺时限, as they stand now, each with 督办. */
export function OverdueSection({ range }: { range: SupervisionRange }) {
  const { message } = App.useApp()
  const load = useCallback(() => call('GET /api/v1/admin/supervision/overdue', {}), [])
  const { value, failure, loading, reload } = useLoad(load)
  const urge = async (c: OverdueCase) => {
    try {
      const done = await call('POST /api/v1/admin/supervision/cases/:id/urge', {
        params: { id: c.caseId },
        body: {},
      })
      void message.success(`已督办，已通知帮办员 ${done.helperName}`)
      await reload()
    } catch (error) {
      void message.error(messageOf(error))
    }
  }
  return (
    <Card
      title={<h3 style={{ margin: 0, fontSize: 16 }}>临近或超过承诺时限的在办件</h3>}
      extra={<ExportButton table='overdue' range={range} />}
      style={{ marginBottom: 16 }}
    >
      {failure && <Alert type='error' message={failure} showIcon />}
      <Table<OverdueCase>
        size='small'
        rowKey='caseId'
        loading={loading}
        dataSource={value?.items ?? []}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        aria-label='临近或超期在办件列表'
        // antd greys an empty table's text as if disabled (below AA contrast).
        locale={{
          emptyText: (
            <Typography.Text type='secondary'>没有临近或超过承诺时限的在办件</Typography.Text>
          ),
        }}
        columns={[
          { title: '办件编号', dataIndex: 'number' },
          {
            title: '事项',
            render: (_, c) => (
              <>
                {c.title} {c.demo && <Tag>示例</Tag>}
              </>
            ),
          },
          { title: '帮办员', render: (_, c) => c.helper?.name ?? '未分配' },
          { title: '承诺办结日', dataIndex: 'deadline' },
          {
            title: '时限',
            render: (_, c) => <Tag color={c.state === 'overdue' ? 'red' : 'orange'}>{left(c)}</Tag>,
          },
          {
            title: '已督办',
            render: (_, c) =>
              c.urged === 0
                ? '—'
                : `${c.urged} 次（${new Date(c.lastUrgedAt ?? '').toLocaleString('zh-CN')}）`,
          },
          {
            title: '操作',
            render: (_, c) =>
              c.helper ? (
                <Popconfirm
                  title={`督办 ${c.number}？`}
                  description={`将通知帮办员 ${c.helper.name}，并记入审计日志`}
                  okText='确认督办'
                  cancelText='取消'
                  onConfirm={() => urge(c)}
                >
                  <Button size='small' type='primary' danger={c.state === 'overdue'}>
                    督办
                  </Button>
                </Popconfirm>
              ) : (
                '请先分配帮办员'
              ),
          },
        ]}
      />
    </Card>
  )
}
