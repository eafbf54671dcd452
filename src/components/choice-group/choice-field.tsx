import { Text, View } from '@tarojs/components'
import { ChoiceGroup, type Choice } from './index'

interface ChoiceFieldProps<T extends string> {
  label: string
  choices: readonly Choice<T>[]
  value: T | ''
  error?: string
  onChange: (value: T) => void
}

/** A labelled question answered by one choice, with its error in words under it. */
export function ChoiceField<T extends string>({
  label,
  choices,
  value,
  error,
  onChange,
}: ChoiceFieldProps<T>) {
  return (
    <View className='gov-field'>
      <Text className='gov-field__label'>{label}</Text>
      <ChoiceGroup label={label} choices={choices} value={value as T} onChange={onChange} />
      {error !== undefined && (
        <View className='gov-field__error' role='alert'>
          <Text>✗ {error}</Text>
        </View>
      )}
    </View>
  )
}
