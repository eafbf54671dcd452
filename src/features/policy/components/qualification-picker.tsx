import { Text, View } from '@tarojs/components'
import { NO_QUALIFICATION, QUALIFICATIONS } from '../../../services/contract'
import { qualificationSet, toggleQualification } from '../model'

interface QualificationPickerProps {
  value: string
  error?: string
  onChange: (value: string) => void
}

const OPTIONS = [...QUALIFICATIONS, { value: NO_QUALIFICATION, label: '以上都没有' }]

/** Several can be ticked; each carries ☑/☐ and 已选, not colour alone. */
export function QualificationPicker({ value, error, onChange }: QualificationPickerProps) {
  const chosen = qualificationSet(value)
  return (
    <View className='policy-field'>
      <Text className='policy-field__label'>已取得的资质（可多选）</Text>
      <View className='gov-chips'>
        {OPTIONS.map((option) => {
          const checked =
            option.value === NO_QUALIFICATION
              ? value === NO_QUALIFICATION
              : chosen.includes(option.value)
          return (
            <View
              key={option.value}
              className={`gov-chips__chip${checked ? ' gov-chips__chip--checked' : ''}`}
              role='checkbox'
              aria-checked={checked}
              onClick={() => onChange(toggleQualification(value, option.value))}
            >
              <Text>
                {checked ? '☑ ' : '☐ '}
                {option.label}
              </Text>
            </View>
          )
        })}
      </View>
      {error !== undefined && (
        <View className='policy-field__error' role='alert'>
          <Text>✗ {error}</Text>
        </View>
      )}
    </View>
  )
}
