import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { NearbyResult } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useRemote } from '../../../hooks/use-remote'
import { getLocation, type LocationResult } from '../../../platform/location'
import { formatDistance } from '../../../utils/geo'
import { pointsFor } from '../api'

type Entry = NearbyResult['points'][number]

interface OptionProps {
  entry: Entry
  /** Without the user's position a distance from the district centre would mislead. */
  located: boolean
  onPick: (e: Entry) => void
}

function PointOption({ entry, located, onPick }: OptionProps) {
  return (
    <View className='gov-list-card' aria-label={entry.point.name}>
      <Text className='booking-step__name'>{entry.point.name}</Text>
      <Text className='gov-text-secondary'>
        {located ? `距离 ${formatDistance(entry.distanceMeters)} · ` : ''}
        {entry.point.address}
      </Text>
      <GovButton onClick={() => onPick(entry)}>在这里办</GovButton>
    </View>
  )
}

/** Points that handle the item, nearest first; 长辈模式 offers the nearest alone, others on request. */
export function PointStep({
  itemId,
  elder,
  onPick,
}: {
  itemId: string
  elder: boolean
  onPick: (entry: Entry) => void
}) {
  const [showAll, setShowAll] = useState(!elder)
  const located = useRef<Promise<LocationResult> | null>(null)
  const { state, reload } = useRemote(async () => {
    const here = await (located.current ??= getLocation())
    return pointsFor(itemId, here.ok ? { latitude: here.latitude, longitude: here.longitude } : {})
  }, [itemId])
  return (
    <AsyncView
      state={state}
      onRetry={() => {
        located.current = null
        reload()
      }}
      isEmpty={(r) => r.points.length === 0}
      empty={<Text>暂时没有可以预约办理此事项的网点，请拨打12345咨询。</Text>}
    >
      {(result) => {
        const [nearest, ...others] = result.points
        const located = !result.origin.fallback
        return (
          <View aria-label='可预约网点'>
            <Notice tone={result.origin.fallback ? 'warning' : 'info'}>
              {result.origin.fallback
                ? '未获取到您的位置，已按到青山区政务服务中心的距离排序'
                : '已按离您的距离由近到远排序'}
            </Notice>
            {nearest && (
              <>
                {elder && (
                  <Text className='booking-step__pick'>
                    {located ? '离您最近的网点' : '推荐网点'}
                  </Text>
                )}
                <PointOption entry={nearest} located={located} onPick={onPick} />
              </>
            )}
            {showAll ? (
              others.map((entry) => (
                <PointOption key={entry.point.id} entry={entry} located={located} onPick={onPick} />
              ))
            ) : others.length > 0 ? (
              <GovButton variant='secondary' block onClick={() => setShowAll(true)}>
                选择其他网点（还有{others.length}个）
              </GovButton>
            ) : null}
          </View>
        )
      }}
    </AsyncView>
  )
}
