import { Input, View } from '@tarojs/components'
import './index.scss'

interface SearchInputProps {
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
}

/** The search box at the top of a search page: focused, with a stronger rounded outline. */
export function SearchInput({ label, placeholder, value, onChange }: SearchInputProps) {
  return (
    <View className='gov-section' role='search'>
      <Input
        className='gov-field__input gov-field__input--search'
        focus
        value={value}
        maxlength={30}
        confirmType='search'
        placeholder={placeholder}
        aria-label={label}
        onInput={(e) => onChange(e.detail.value)}
      />
    </View>
  )
}
