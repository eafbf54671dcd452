import { Input, Text, View } from '@tarojs/components'
import './index.scss'

interface FieldProps {
  label: string
  value: string
  onInput: (value: string) => void
  placeholder?: string
  hint?: string
  error?: string | null
  maxlength?: number
  type?: 'text' | 'idcard' | 'number'
  name: string
}

/** A labelled input whose error says what is wrong in words (never colour alone: it is prefixed with ✗). */
export function Field({
  label,
  value,
  onInput,
  placeholder,
  hint,
  error,
  maxlength,
  type = 'text',
  name,
}: FieldProps) {
  return (
    <View className={`gov-field${error ? ' gov-field--error' : ''}`}>
      <Text className='gov-field__label'>{label}</Text>
      <Input
        className='gov-field__input'
        name={name}
        value={value}
        type={type}
        placeholder={placeholder ?? `请填写${label}`}
        maxlength={maxlength}
        onInput={(e) => onInput(e.detail.value)}
        aria-label={label}
      />
      {error ? (
        <View className='gov-field__error' role='alert'>
          <Text>✗ {error}</Text>
        </View>
      ) : (
        hint !== undefined && <Text className='gov-field__hint'>{hint}</Text>
      )}
    </View>
  )
}
