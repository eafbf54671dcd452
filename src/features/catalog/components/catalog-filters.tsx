import { Text, View } from '@tarojs/components'
import { Chips } from '../../../components/chips'
import type { Audience, Facets, Scope } from '../../../services/contract'
import { AUDIENCE_LABELS, SCOPE_LABELS } from '../model'
import type { ItemFilter } from '../api'
import './catalog-filters.scss'

interface CatalogFiltersProps {
  facets: Facets
  filter: ItemFilter
  onChange: (filter: ItemFilter) => void
}

const SCOPES: readonly Scope[] = ['city', 'region', 'hbew', 'hb']
const AUDIENCES: readonly Audience[] = ['personal', 'enterprise']

export function CatalogFilters({ facets, filter, onChange }: CatalogFiltersProps) {
  const audience = filter.audience ?? 'personal'
  const scenes = facets.scenes.filter((s) => s.audience === audience)
  return (
    <View className='catalog-filters'>
      <Chips
        label='个人/法人'
        options={AUDIENCES.map((a) => ({ value: a, text: AUDIENCE_LABELS[a] }))}
        value={audience}
        onChange={(a) => onChange({ audience: a ?? 'personal' })}
      />
      <Text className='catalog-filters__title'>按场景</Text>
      <Chips
        label='场景'
        options={[
          { value: undefined, text: '全部' },
          ...scenes.map((s) => ({ value: s.name, text: `${s.name} ${s.count}` })),
        ]}
        value={filter.scene}
        onChange={(scene) => onChange({ ...filter, scene })}
      />
      <Text className='catalog-filters__title'>按部门</Text>
      <Chips
        label='部门'
        options={[
          { value: undefined, text: '全部' },
          ...facets.departments.map((d) => ({ value: d.name, text: d.name })),
        ]}
        value={filter.department}
        onChange={(department) => onChange({ ...filter, department })}
      />
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
    </View>
  )
}
