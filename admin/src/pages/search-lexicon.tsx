import { useCallback, useEffect, useState } from 'react'
import { Alert, Button, Input, Select, Space, Table, Tabs, Typography } from 'antd'
import { call, messageOf } from '../api'
import { useLoad } from '../use-load'
import { LexiconTry } from './search-lexicon-try'
import {
  rowKey,
  toEdits,
  toTexts,
  type LexiconTexts,
  type SynonymText,
  type TargetText,
} from './search-lexicon-rows'

type Option = { value: string; label: string }
const HINT = '多个词用顿号“、”隔开，每个词不超过20个字'

/** The catalog's items in use, found by name or code, to give an alias to. */
async function findItems(q: string): Promise<Option[]> {
  if (q.trim() === '') return []
  const page = await call('GET /api/v1/admin/catalog/items', {
    query: { q, status: '在用', pageSize: 20 },
  })
  return page.items.map((i) => ({ value: i.id, label: `${i.name}（${i.department}）` }))
}

/** The 删除 column every row table of this page ends with. */
function deleteColumn<Row>(rows: Row[], change: (rows: Row[]) => void) {
  return {
    title: '操作',
    width: 80,
    render: (_: unknown, row: Row) => (
      <Button danger type='link' onClick={() => change(rows.filter((r) => r !== row))}>
        删除
      </Button>
    ),
  }
}

function SynonymTable({
  rows,
  change,
}: {
  rows: SynonymText[]
  change: (rows: SynonymText[]) => void
}) {
  const edit = (key: string, patch: Partial<SynonymText>) =>
    change(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  return (
    <>
      <Button
        style={{ marginBottom: 12 }}
        onClick={() => change([{ key: rowKey(), say: '', means: '' }, ...rows])}
      >
        新增同义说法
      </Button>
      <Table<SynonymText>
        rowKey='key'
        size='small'
        dataSource={rows}
        pagination={{ pageSize: 8, showSizeChanger: false }}
        columns={[
          {
            title: '居民的说法',
            render: (_, row, i) => (
              <Input
                aria-label={`第${i + 1}组居民的说法`}
                value={row.say}
                placeholder='如：丢了、弄丢、找不到了'
                onChange={(e) => edit(row.key, { say: e.target.value })}
              />
            ),
          },
          {
            title: '对应的目录用语',
            render: (_, row, i) => (
              <Input
                aria-label={`第${i + 1}组对应的目录用语`}
                value={row.means}
                placeholder='如：挂失、补领、补发'
                onChange={(e) => edit(row.key, { means: e.target.value })}
              />
            ),
          },
          deleteColumn(rows, change),
        ]}
      />
    </>
  )
}

function TargetTable({
  rows,
  change,
  what,
  termsTitle,
  find,
}: {
  rows: TargetText[]
  change: (rows: TargetText[]) => void
  what: '事项' | '一件事'
  termsTitle: string
  find: (q: string) => Promise<Option[]>
}) {
  const [options, setOptions] = useState<Option[]>([])
  const edit = (key: string, patch: Partial<TargetText>) =>
    change(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  const search = (q: string) => {
    find(q).then(setOptions, () => setOptions([]))
  }
  useEffect(() => search(''), []) // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select
          showSearch={{ filterOption: false, onSearch: search }}
          aria-label={`选择要添加说法的${what}`}
          placeholder={`搜索并选择${what}，添加一行`}
          style={{ width: 420 }}
          options={options}
          value={null}
          onChange={(id: string) => {
            const label = options.find((o) => o.value === id)?.label ?? id
            change([{ key: rowKey(), id, name: label, terms: '' }, ...rows])
          }}
        />
      </Space>
      <Table<TargetText>
        rowKey='key'
        size='small'
        dataSource={rows}
        pagination={{ pageSize: 8, showSizeChanger: false }}
        columns={[
          { title: what, width: 320, render: (_, row) => row.name },
          {
            title: termsTitle,
            render: (_, row) => (
              <Input
                aria-label={`${row.name}的${termsTitle}`}
                value={row.terms}
                onChange={(e) => edit(row.key, { terms: e.target.value })}
              />
            ),
          },
          deleteColumn(rows, change),
        ]}
      />
    </>
  )
}

/** 搜索词库: how residents' words map to the catalog, edited, tried and saved without a developer. */
export function SearchLexiconPage() {
  const load = useCallback(() => call('GET /api/v1/admin/search-lexicon', {}), [])
  const { value, failure, reload } = useLoad(load)
  const [texts, setTexts] = useState<LexiconTexts | null>(null)
  const [bundleOptions, setBundleOptions] = useState<Option[]>([])
  const [result, setResult] = useState<{ type: 'success' | 'error'; text: string } | null>(null)
  useEffect(() => {
    if (value) setTexts(toTexts(value))
  }, [value])
  useEffect(() => {
    call('GET /api/v1/admin/catalog/bundles', {}).then(
      (list) => setBundleOptions(list.items.map((b) => ({ value: b.id, label: b.name }))),
      () => setBundleOptions([]),
    )
  }, [])
  const findBundles = async (q: string) => bundleOptions.filter((o) => o.label.includes(q))

  const save = async () => {
    if (!texts || !value) return
    try {
      const saved = await call('POST /api/v1/admin/search-lexicon', {
        body: { ...toEdits(texts), version: value.version },
      })
      setResult({
        type: 'success',
        text: `已保存第${saved.version}版，小程序搜索已按新词库理解`,
      })
      await reload()
    } catch (error) {
      setResult({ type: 'error', text: messageOf(error) })
    }
  }
  const set = (patch: Partial<LexiconTexts>) => texts && setTexts({ ...texts, ...patch })

  return (
    <>
      <Typography.Title level={2}>搜索词库</Typography.Title>
      <Typography.Paragraph type='secondary'>
        居民搜不到办事项时（如“营业执照丢了”没有先出“营业执照补领”），在这里加一行说法，先“试一试”看效果，再保存。
        {HINT}。
      </Typography.Paragraph>
      {failure && <Alert type='error' showIcon message={failure} />}
      {value && (
        <Typography.Paragraph>
          {value.source === 'file'
            ? '当前使用内置词库（尚未在后台修改过）'
            : `当前为第${value.version}版，最后保存于 ${value.editedAt?.slice(0, 16).replace('T', ' ') ?? ''}`}
        </Typography.Paragraph>
      )}
      {texts && (
        <>
          <Tabs
            items={[
              {
                key: 'synonyms',
                label: `同义说法（${texts.synonyms.length}组）`,
                children: (
                  <SynonymTable rows={texts.synonyms} change={(synonyms) => set({ synonyms })} />
                ),
              },
              {
                key: 'aliases',
                label: `事项别名（${texts.aliases.length}）`,
                children: (
                  <TargetTable
                    rows={texts.aliases}
                    change={(aliases) => set({ aliases })}
                    what='事项'
                    termsTitle='别名'
                    find={findItems}
                  />
                ),
              },
              {
                key: 'bundles',
                label: `一件事说法（${texts.bundles.length}）`,
                children: (
                  <TargetTable
                    rows={texts.bundles}
                    change={(bundles) => set({ bundles })}
                    what='一件事'
                    termsTitle='居民的说法'
                    find={findBundles}
                  />
                ),
              },
            ]}
          />
          <Space direction='vertical' style={{ width: '100%' }}>
            <Button type='primary' onClick={() => void save()}>
              保存词库
            </Button>
            {result && <Alert type={result.type} showIcon message={result.text} />}
          </Space>
          <LexiconTry edits={() => toEdits(texts)} />
        </>
      )}
    </>
  )
}
