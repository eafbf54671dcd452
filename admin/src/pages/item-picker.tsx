import { useEffect, useState } from 'react'
import { Select } from 'antd'
import {
  ITEM_OPTIONS_LIMIT,
  type CatalogItemOption,
  type CatalogItemOptions,
} from '../../../src/services/contract'
import { call, messageOf } from '../api'

/** Waits this long after the last keystroke before asking the server. */
const TYPING_PAUSE_MS = 250

/**
 * Picks one catalog item, searched on the server by name, department or id (the catalog has
 * thousands): the first matches show, and a note says when more match than are shown.
 * Works as a Form.Item control (`value`/`onChange`); `onPick` also gets the item itself.
 */
export function ItemPicker({
  id,
  value,
  onChange,
  onPick,
  exclude,
  ariaLabel,
  placeholder = '输入事项名称、部门或编号查找',
  width = 320,
}: {
  /** Given by Form.Item, so its label names the picker. */
  id?: string
  value?: string
  onChange?: (id: string | undefined) => void
  onPick?: (item: CatalogItemOption | undefined) => void
  exclude?: ReadonlySet<string>
  ariaLabel?: string
  placeholder?: string
  width?: number | string
}) {
  const [search, setSearch] = useState('')
  const [answer, setAnswer] = useState<CatalogItemOptions | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [picked, setPicked] = useState<CatalogItemOption | undefined>()
  useEffect(() => {
    let current = true
    const q = search.trim()
    const timer = setTimeout(
      () => {
        call('GET /api/v1/admin/points/item-options', { query: { q } })
          .then((found) => {
            if (!current) return
            setAnswer(found)
            setFailure(null)
          })
          .catch((error: unknown) => {
            if (current) setFailure(messageOf(error))
          })
      },
      q ? TYPING_PAUSE_MS : 0,
    )
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [search])
  const found = (answer?.items ?? []).filter((o) => !exclude?.has(o.id))
  // The chosen item stays selectable (and named) while a later search shows others.
  const shown =
    picked && picked.id === value && !found.some((o) => o.id === picked.id)
      ? [picked, ...found]
      : found
  const more = answer && answer.total > answer.items.length ? answer.total - answer.items.length : 0
  const choose = (id: string | undefined) => {
    const item = shown.find((o) => o.id === id)
    setPicked(item)
    onChange?.(id)
    onPick?.(item)
  }
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      style={{ width }}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      allowClear
      placeholder={placeholder}
      value={value}
      onChange={choose}
      loading={answer === null && failure === null}
      notFoundContent={failure ?? (answer ? '没有找到，请换个词试试' : '正在加载…')}
      options={shown.map((o) => ({ value: o.id, label: `${o.name}（${o.department}）` }))}
      popupRender={(menu) => (
        <>
          {menu}
          {more > 0 && (
            <div style={{ padding: '4px 12px', color: 'rgba(0,0,0,0.65)' }}>
              只显示前{ITEM_OPTIONS_LIMIT}项，还有{more}项，请输入更多字缩小范围
            </div>
          )}
        </>
      )}
    />
  )
}
