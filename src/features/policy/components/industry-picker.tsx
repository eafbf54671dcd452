import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ChoiceGroup } from '../../../components/choice-group'
import { Chips } from '../../../components/chips'
import { INDUSTRY_SECTIONS, divisionsOf, sectionOf } from '../../../services/contract'

interface IndustryPickerProps {
  value: string
  error?: string
  onChange: (division: string) => void
}

const SECTION_OPTIONS = INDUSTRY_SECTIONS.map((s) => ({ value: s.code as string, text: s.name }))

/** 国民经济行业分类: choose the 门类, then its 大类 (only the 大类 is stored). */
export function IndustryPicker({ value, error, onChange }: IndustryPickerProps) {
  const [section, setSection] = useState<string | undefined>(sectionOf(value))
  const divisions = section === undefined ? [] : divisionsOf(section)
  return (
    <View className='policy-field'>
      <Text className='policy-field__label'>行业门类</Text>
      <Chips
        label='行业门类'
        options={SECTION_OPTIONS}
        value={section}
        onChange={(next) => {
          setSection(next)
          const only = next === undefined ? [] : divisionsOf(next)
          onChange(only.length === 1 ? (only[0]?.code ?? '') : '')
        }}
      />
      {divisions.length > 1 && (
        <>
          <Text className='policy-field__label'>行业大类</Text>
          <ChoiceGroup
            label='行业大类'
            choices={divisions.map((d) => ({ value: d.code, label: `${d.code} ${d.name}` }))}
            value={value}
            onChange={onChange}
          />
        </>
      )}
      {error !== undefined && (
        <View className='policy-field__error' role='alert'>
          <Text>✗ {error}</Text>
        </View>
      )}
    </View>
  )
}
