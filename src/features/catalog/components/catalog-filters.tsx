import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Chips, ChipsSkeleton } from '../../../components/chips'
import { GovButton } from '../../../components/gov-button'
import type { Audience, Facets, Scope } from '../../../services/contract'
import { AUDIENCE_LABELS, SCOPE_LABELS } from '../model'
import type { ItemFilter } from '../api'
import './catalog-filters.scss'

interface CatalogFiltersProps {
  /** Undefined while loading: scenes and departments are skeleton chips of the usual widths. */
  facets: Facets | undefined
  filter: ItemFilter
  onChange: (filter: ItemFilter) => void
}

const SCOPES: readonly Scope[] = ['city', 'region', 'hbew', 'hb']
const AUDIENCES: readonly Audience[] = ['personal', 'enterprise']
/** The most used scenes fit on one screen; the rest open on request. */
const FIRST_SCENES = 8
/** Widths (in characters) of “全部” and eight typical “生活服务 125” chips, while loading. */
const SCENE_CHIP_WIDTHS = [2, 4, 6, 6, 5, 5, 5, 5, 5]
const DEPARTMENT_CHIP_WIDTHS = [2, 6, 6, 6, 6]

/** The first `n`, plus the chosen one if it is further down the list. */
function firstWithChosen<T extends { name: string }>(
  list: readonly T[],
  n: number,
  chosen?: string,
) {
  const head = list.slice(0, n)
  const picked = list.find((x) => x.name === chosen)
  return picked && !head.includes(picked) ? [...head, picked] : head
}

export function CatalogFilters({ facets, filter, onChange }: CatalogFiltersProps) {
  const [allScenes, setAllScenes] = useState(false)
  const [byDepartment, setByDepartment] = useState(filter.department !== undefined)
  const audience = filter.audience ?? 'personal'
  const scenes = facets?.scenes.filter((s) => s.audience === audience) ?? []
  const shownScenes = allScenes ? scenes : firstWithChosen(scenes, FIRST_SCENES, filter.scene)
  return (
    <View className='catalog-filters'>
      <Chips
        label='个人/法人'
        options={AUDIENCES.map((a) => ({ value: a, text: AUDIENCE_LABELS[a] }))}
        value={audience}
        onChange={(a) => onChange({ audience: a ?? 'personal' })}
      />
      <Text className='catalog-filters__title'>按场景</Text>
      {facets ? (
        <Chips
          label='场景'
          options={[
            { value: undefined, text: '全部' },
            ...shownScenes.map((s) => ({ value: s.name, text: `${s.name} ${s.count}` })),
          ]}
          value={filter.scene}
          onChange={(scene) => onChange({ ...filter, scene })}
        />
      ) : (
        <ChipsSkeleton widths={SCENE_CHIP_WIDTHS} />
      )}
      {!allScenes && !facets && (
        <GovButton variant='plain' onClick={() => setAllScenes(true)}>
          展开全部场景
        </GovButton>
      )}
      {!allScenes && scenes.length > FIRST_SCENES && (
        <GovButton variant='plain' onClick={() => setAllScenes(true)}>
          展开全部 {scenes.length} 个场景
        </GovButton>
      )}
      <Text className='catalog-filters__title'>通办范围</Text>
      <Chips
        label='通办范围'
        options={[
          { value: undefined, text: '不限' },
          ...SCOPES.map((s) => ({ value: s, text: SCOPE_LABELS[s] })),
        ]}
        value={filter.scope}
        onChange={(scope) => onChange({ ...filter, scope })}
      />
      {byDepartment ? (
        <View>
          <Text className='catalog-filters__title'>按部门</Text>
          {facets ? (
            <Chips
              label='部门'
              options={[
                { value: undefined, text: '全部' },
                ...facets.departments.map((d) => ({ value: d.name, text: d.name })),
              ]}
              value={filter.department}
              onChange={(department) => onChange({ ...filter, department })}
            />
          ) : (
            <ChipsSkeleton widths={DEPARTMENT_CHIP_WIDTHS} />
          )}
        </View>
      ) : (
        <GovButton variant='plain' onClick={() => setByDepartment(true)}>
          按部门查找
        </GovButton>
      )}
    </View>
  )
}
