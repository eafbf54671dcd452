import { Card, Space, Table, Tag, Typography } from 'antd'
import type { DryRun, DryRunRow } from '../../../../src/services/contract'
import { MATCH } from './labels'

const CHANGE: Record<DryRunRow['change'], { text: string; color: string }> = {
  gained: { text: '新增符合', color: 'green' },
  lost: { text: '不再符合', color: 'red' },
  same: { text: '不变', color: 'default' },
}

/** Who the edited condition reaches, before publishing: the 示例 enterprises by name. */
export function DryRunPanel({ result }: { result: DryRun }) {
  const { sampleCounts: s, profiles: p } = result
  return (
    <Card size='small' title='试算结果' aria-label='试算结果'>
      <Space orientation='vertical' style={{ width: '100%' }}>
        <Typography.Text strong>
          {`示例企业${s.total}家：修改前符合${s.before}家，修改后符合${s.after}家（新增${s.gained}家，减少${s.lost}家）`}
        </Typography.Text>
        <Typography.Text type='secondary'>
          {`已填写企业画像的企业${p.total}家：修改前符合${p.before}家，修改后符合${p.after}家（新增${p.gained}家，减少${p.lost}家；只统计，不列名称）`}
        </Typography.Text>
        <Table<DryRunRow>
          rowKey='id'
          size='small'
          pagination={false}
          dataSource={result.samples}
          columns={[
            { title: '示例企业', dataIndex: 'name' },
            { title: '修改前', render: (_, r) => MATCH[r.before] },
            { title: '修改后', render: (_, r) => MATCH[r.after] },
            {
              title: '变化',
              render: (_, r) => <Tag color={CHANGE[r.change].color}>{CHANGE[r.change].text}</Tag>,
            },
          ]}
        />
      </Space>
    </Card>
  )
}
