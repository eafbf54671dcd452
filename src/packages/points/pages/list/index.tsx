import { useState } from 'react'
import type { PointKind } from '../../../../services/contract'
import { PageShell } from '../../../../components/page-shell'
import { SearchInput } from '../../../../components/field/search-input'
import { useDebounced } from '../../../../hooks/use-debounced'
import { KindFilter, PointList } from '../../../../features/points'

export default function PointSearchPage() {
  const [text, setText] = useState('')
  const [kind, setKind] = useState<PointKind | undefined>(undefined)
  const q = useDebounced(text.trim(), 300)
  return (
    <PageShell>
      <SearchInput
        label='搜索服务网点'
        placeholder='网点名、街道或业务，如：幸福路、社保查询'
        value={text}
        onChange={setText}
      />
      <KindFilter value={kind} onChange={setKind} />
      <PointList q={q} kind={kind} />
    </PageShell>
  )
}
