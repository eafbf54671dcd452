import { useCallback, useState } from 'react'
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd'
import type { ConsoleBundle } from '../../../src/services/contract'
import { call, ConsoleApiError, messageOf } from '../api'
import { useLoad } from '../use-load'

interface Member {
  id: string
  name: string
  retired: boolean
}

function BundleEditor({ bundle, onSaved }: { bundle: ConsoleBundle; onSaved: () => void }) {
  const [name, setName] = useState(bundle.name)
  const [description, setDescription] = useState(bundle.description)
  const [members, setMembers] = useState<Member[]>(bundle.items)
  const [promisedDays, setPromisedDays] = useState(bundle.promisedDays)
  const [visits, setVisits] = useState(bundle.visits)
  const [options, setOptions] = useState<{ value: string; label: string }[]>([])
  const [result, setResult] = useState<{ type: 'success' | 'error'; text: string } | null>(null)

  const search = async (q: string) => {
    if (q.trim() === '') return setOptions([])
    const page = await call('GET /api/v1/admin/catalog/items', {
      query: { q, status: '在用', pageSize: 20 },
    })
    setOptions(page.items.map((i) => ({ value: i.id, label: `${i.name}（${i.department}）` })))
  }
  const move = (index: number, by: -1 | 1) => {
    const next = [...members]
    const [moved] = next.splice(index, 1)
    if (moved) next.splice(index + by, 0, moved)
    setMembers(next)
  }
  const save = async () => {
    try {
      await call('PUT /api/v1/admin/catalog/bundles/:id', {
        params: { id: bundle.id },
        body: { name, description, itemIds: members.map((m) => m.id), promisedDays, visits },
      })
      setResult({ type: 'success', text: '已保存，小程序中的一件事已更新' })
      onSaved()
    } catch (error) {
      const fields =
        error instanceof ConsoleApiError && error.fields ? Object.values(error.fields) : []
      setResult({ type: 'error', text: [messageOf(error), ...fields].join('；') })
    }
  }
  return (
    <Card title={bundle.name} style={{ marginBottom: 24 }}>
      <Form layout='vertical'>
        <Form.Item label='一件事名称' htmlFor={`${bundle.id}-name`}>
          <Input id={`${bundle.id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        </Form.Item>
        <Form.Item label='一句话说明' htmlFor={`${bundle.id}-description`}>
          <Input.TextArea
            id={`${bundle.id}-description`}
            value={description}
            autoSize
            onChange={(e) => setDescription(e.target.value)}
          />
        </Form.Item>
        <Form.Item
          label={`包含的事项（按办理顺序，分别办理共${bundle.separateDays}个工作日、跑${bundle.separateVisits}次）`}
        >
          <List
            bordered
            size='small'
            dataSource={members}
            renderItem={(m, i) => (
              <List.Item
                actions={[
                  <Button
                    key='up'
                    size='small'
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={`上移 ${m.name}`}
                  >
                    上移
                  </Button>,
                  <Button
                    key='down'
                    size='small'
                    disabled={i === members.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`下移 ${m.name}`}
                  >
                    下移
                  </Button>,
                  <Button
                    key='remove'
                    size='small'
                    danger
                    onClick={() => setMembers(members.filter((x) => x.id !== m.id))}
                    aria-label={`移除 ${m.name}`}
                  >
                    移除
                  </Button>,
                ]}
              >
                {i + 1}. {m.name} {m.retired && <Tag>已废止</Tag>}
              </List.Item>
            )}
          />
          <Select
            showSearch
            aria-label='添加事项'
            placeholder='输入事项名称搜索后添加'
            style={{ width: '100%', marginTop: 8 }}
            filterOption={false}
            onSearch={(q) => void search(q)}
            options={options}
            value={null}
            onChange={(id: string) => {
              const label = options.find((o) => o.value === id)?.label ?? id
              if (!members.some((m) => m.id === id))
                setMembers([...members, { id, name: label, retired: false }])
            }}
          />
        </Form.Item>
        <Space size='large'>
          <Form.Item label='一件事承诺时限（工作日）' htmlFor={`${bundle.id}-days`}>
            <InputNumber
              id={`${bundle.id}-days`}
              min={0}
              max={365}
              value={promisedDays}
              onChange={(v) => setPromisedDays(v ?? 0)}
            />
          </Form.Item>
          <Form.Item label='跑动次数' htmlFor={`${bundle.id}-visits`}>
            <InputNumber
              id={`${bundle.id}-visits`}
              min={0}
              max={10}
              value={visits}
              onChange={(v) => setVisits(v ?? 0)}
            />
          </Form.Item>
        </Space>
        {result && (
          <Alert type={result.type} showIcon message={result.text} style={{ marginBottom: 16 }} />
        )}
        <Button type='primary' onClick={() => void save()}>
          保存一件事
        </Button>
      </Form>
    </Card>
  )
}

/** 一件事: each bundle's name, description, members in order, 承诺时限 and 跑动次数. */
export function CatalogBundlesPage() {
  const load = useCallback(() => call('GET /api/v1/admin/catalog/bundles', {}), [])
  const { value, failure, loading, reload } = useLoad(load)
  return (
    <>
      <Typography.Title level={2}>一件事</Typography.Title>
      {failure && <Alert type='error' showIcon message={failure} />}
      {loading && !value && <Typography.Text>加载中…</Typography.Text>}
      {value?.items.map((bundle) => (
        <BundleEditor key={bundle.id} bundle={bundle} onSaved={() => void reload()} />
      ))}
    </>
  )
}
