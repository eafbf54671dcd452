import { useEffect, useState } from 'react'
import { Input, View } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { PointList } from '../../../../features/service-points'
import '../../../../components/field/index.scss'
import '../../search.scss'

const DEBOUNCE_MS = 300

export default function PointSearchPage() {
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])
  return (
    <PageShell>
      <View className='point-search' role='search'>
        <Input
          className='gov-field__input point-search__input'
          focus
          value={text}
          maxlength={30}
          confirmType='search'
          placeholder='网点名、街道或业务，如：幸福路、社保查询'
          aria-label='搜索服务网点'
          onInput={(e) => setText(e.detail.value)}
        />
      </View>
      <PointList q={q} />
    </PageShell>
  )
}
