import { Text, Textarea, View } from '@tarojs/components'
import './index.scss'

interface TextBoxProps {
  label: string
  value: string
  onInput: (value: string) => void
  /** Required: Taro's H5 Textarea keeps no aria-label, so the placeholder is its accessible name. */
  placeholder: string
  maxlength: number
  error?: string | null
}

/** A multi-line Field: label, box, and the error in words (prefixed ✗, never colour alone). */
export function TextBox({ label, value, onInput, placeholder, maxlength, error }: TextBoxProps) {
  return (
    <View className={`gov-field${error ? ' gov-field--error' : ''}`}>
      <Text className='gov-field__label'>{label}</Text>
      <Textarea
        className='gov-field__textarea'
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        aria-label={label}
        onInput={(e) => onInput(e.detail.value)}
      />
      {error ? (
        <View className='gov-field__error' role='alert'>
          <Text>✗ {error}</Text>
        </View>
      ) : (
        <Text className='gov-field__hint'>
          {value.length}/{maxlength} 字
        </Text>
      )}
    </View>
  )
}
