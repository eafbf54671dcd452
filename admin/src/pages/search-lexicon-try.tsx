import { useState } from 'react'
import { Alert, Button, Card, Col, Input, List, Row, Space, Tag, Typography } from 'antd'
import type { LexiconEdits, LexiconTried, TriedHit } from '../../../src/services/contract'
import { call, messageOf } from '../api'

function Hits({ title, hits, moved }: { title: string; hits: TriedHit[]; moved?: boolean }) {
  return (
    <List
      size='small'
      bordered
      header={<Typography.Text strong>{title}</Typography.Text>}
      locale={{ emptyText: '没有找到事项' }}
      dataSource={hits}
      renderItem={(hit, i) => (
        <List.Item>
          <Space wrap>
            <Typography.Text>{i + 1}.</Typography.Text>
            {hit.kind === 'bundle' && <Tag color='blue'>一件事</Tag>}
            <Typography.Text strong={moved && i === 0}>{hit.name}</Typography.Text>
            {hit.terms.length > 0 && (
              <Typography.Text type='secondary'>匹配：{hit.terms.join('、')}</Typography.Text>
            )}
          </Space>
        </List.Item>
      )}
    />
  )
}

/** 试一试: the question against the lexicon in force and the edited one, before saving. */
export function LexiconTry({ edits }: { edits: () => LexiconEdits }) {
  const [q, setQ] = useState('营业执照丢了')
  const [tried, setTried] = useState<LexiconTried | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      setTried(await call('POST /api/v1/admin/search-lexicon/try', { body: { ...edits(), q } }))
      setFailure(null)
    } catch (error) {
      setFailure(messageOf(error))
    } finally {
      setBusy(false)
    }
  }
  const moved = tried !== null && tried.current[0]?.id !== tried.edited[0]?.id
  return (
    <Card title='试一试（用修改后、尚未保存的词库搜索，不影响小程序）' style={{ marginTop: 24 }}>
      <Space.Compact style={{ width: '100%', maxWidth: 480 }}>
        <Input
          aria-label='居民会怎么搜'
          placeholder='输入居民会怎么搜，如“营业执照丢了”'
          value={q}
          maxLength={30}
          onChange={(e) => setQ(e.target.value)}
          onPressEnter={() => void run()}
        />
        <Button type='primary' loading={busy} onClick={() => void run()}>
          试一试
        </Button>
      </Space.Compact>
      {failure && <Alert style={{ marginTop: 16 }} type='error' showIcon message={failure} />}
      {tried && (
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col span={12}>
            <Hits title='当前词库的结果（小程序现在看到的）' hits={tried.current} />
          </Col>
          <Col span={12}>
            <Hits
              title={moved ? '修改后的结果（第一条变了）' : '修改后的结果'}
              hits={tried.edited}
              moved={moved}
            />
          </Col>
        </Row>
      )}
    </Card>
  )
}
