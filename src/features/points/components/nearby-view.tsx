import { useRef, useState } from 'react'
import { Map, Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Chips } from '../../../components/chips'
import { Notice } from '../../../components/notice'
import { useRemote } from '../../../hooks/use-remote'
import { isWeapp } from '../../../platform/env'
import { getLocation, type LocationResult } from '../../../platform/location'
import { nearbyPoints } from '../api'
import { NearbyCard } from './nearby-card'
import './nearby-view.scss'

/** Copied as a file (config/index.ts): WeChat map markers need a package path, not a data URI. */
const MARKER_ICON = '/assets/map/marker.png'

/** 就近办: the 15-minute service circle, nearest first, from the user's location or the district centre. */
export function NearbyView({ itemId }: { itemId?: string }) {
  const [onlyHandling, setOnlyHandling] = useState(itemId !== undefined)
  // Asked once per visit: switching the filter must not ask for the position again.
  const located = useRef<Promise<LocationResult> | null>(null)
  const { state, reload } = useRemote(async () => {
    const here = await (located.current ??= getLocation())
    const where = here.ok ? { latitude: here.latitude, longitude: here.longitude } : {}
    return nearbyPoints({ ...where, itemId: onlyHandling ? itemId : undefined })
  }, [itemId, onlyHandling])
  const now = new Date()
  return (
    <View>
      {itemId !== undefined && (
        <Chips
          label='网点范围'
          options={[
            { value: 'handling', text: '能办此事项的网点' },
            { value: 'all', text: '全部网点' },
          ]}
          value={onlyHandling ? 'handling' : 'all'}
          onChange={(v) => setOnlyHandling(v === 'handling')}
        />
      )}
      <AsyncView
        state={state}
        onRetry={() => {
          located.current = null
          reload()
        }}
        isEmpty={(r) => r.points.length === 0}
        empty={<Text>附近没有能办理此事项的网点。</Text>}
      >
        {(result) => (
          <View>
            {result.origin.fallback ? (
              <Notice tone='warning'>
                未获取到您的位置，已按到青山区政务服务中心的距离排序。可在设置中允许定位后重试。
              </Notice>
            ) : (
              <Notice tone='info'>已按离您的距离由近到远排序</Notice>
            )}
            {isWeapp && (
              <Map
                className='nearby-map'
                latitude={result.origin.latitude}
                longitude={result.origin.longitude}
                scale={13}
                showLocation
                onError={() => undefined}
                markers={result.points.map((entry, i) => ({
                  id: i,
                  latitude: entry.point.latitude,
                  longitude: entry.point.longitude,
                  title: entry.point.name,
                  iconPath: MARKER_ICON,
                  width: 28,
                  height: 36,
                }))}
              />
            )}
            <View aria-label='就近网点列表'>
              {result.points.map((entry) => (
                <NearbyCard key={entry.point.id} entry={entry} now={now} />
              ))}
            </View>
          </View>
        )}
      </AsyncView>
    </View>
  )
}
