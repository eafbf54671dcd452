import { Text, View } from '@tarojs/components'
import { Chips } from '../../../components/chips'

interface OptionChipsProps {
  label: string
  options: readonly { value: string; text: string }[]
  /** '' = not answered. */
  value: string
  error?: string
  onChange: (value: string) => void
}

/** A labelled single choice where “未填写” is a real answer (the fact stays unknown). */
export function OptionChips({ label, options, value, error, onChange }: OptionChipsProps) {
  return (
    <View className='policy-field'>
      <Text className='policy-field__label'>{label}</Text>
      <Chips
        label={label}
        options={[...options, { value: undefined, text: '暂不填写' }]}
        value={value === '' ? undefined : value}
        onChange={(v) => onChange(v ?? '')}
      />
      {error !== undefined && (
        <View className='policy-field__error' role='alert'>
          <Text>✗ {error}</Text>
        </View>
      )}
    </View>
  )
}
