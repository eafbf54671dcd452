import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { VideoSummary } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { Cell } from '../../../components/cell'
import { Chips } from '../../../components/chips'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDebounced } from '../../../hooks/use-debounced'
import { usePaged } from '../../../hooks/use-paged'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { listVideos } from '../api'
import { clockText } from '../model'

/** 视频讲解: search by words, filter by department, “加载更多” pages. */
export function VideoList() {
  const [typed, setTyped] = useState('')
  const [department, setDepartment] = useState<string | undefined>(undefined)
  const [departments, setDepartments] = useState<string[]>([])
  const q = useDebounced(typed.trim(), 400)
  const paged = usePaged<VideoSummary>(
    (page) =>
      listVideos({ q: q || undefined, department }, page).then((res) => {
        setDepartments(res.departments)
        return res
      }),
    [q, department],
  )
  const { items, total, status, error, hasMore, loadMore, retry } = paged
  return (
    <View className='gov-card gov-section' aria-label='视频讲解'>
      <Text className='gov-section__title'>视频讲解</Text>
      <Field
        label='搜索视频讲解'
        name='q'
        value={typed}
        maxlength={30}
        placeholder='搜索视频，如“医保”“营业执照”'
        onInput={setTyped}
      />
      {departments.length > 0 && (
        <Chips
          label='按部门筛选'
          options={[
            { value: undefined, text: '全部部门' },
            ...departments.map((d) => ({ value: d, text: d })),
          ]}
          value={department}
          onChange={setDepartment}
        />
      )}
      {items.length === 0 ? (
        <AsyncView<VideoSummary[]>
          state={
            status === 'error' && error
              ? { status: 'error', error }
              : status === 'loading'
                ? { status: 'loading' }
                : { status: 'success', data: items }
          }
          onRetry={retry}
          isEmpty={(d) => d.length === 0}
          empty={<Text>没有找到相关视频，换个词试试，或选“全部部门”。</Text>}
        >
          {() => null}
        </AsyncView>
      ) : (
        <View>
          <Text className='gov-text-secondary'>共 {total} 个视频</Text>
          <View className='gov-list'>
            {items.map((video) => (
              <Cell
                key={video.id}
                title={video.title}
                description={`${video.department} · ${clockText(video.durationSec)} · ${video.chapterCount}个章节`}
                onClick={() => openPage(routes.mediaVideo(video.id))}
              />
            ))}
          </View>
          <View className='gov-actions'>
            {status === 'error' && error && <Notice tone='danger'>{error.message}</Notice>}
            {hasMore && (
              <GovButton
                variant='secondary'
                block
                loading={status === 'loading'}
                onClick={status === 'error' ? retry : loadMore}
              >
                加载更多（已显示 {items.length} / {total}）
              </GovButton>
            )}
          </View>
        </View>
      )}
    </View>
  )
}
