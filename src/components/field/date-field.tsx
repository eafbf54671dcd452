import { Picker, Text, View } from '@tarojs/components'
import './index.scss'

interface DateFieldProps {
  label: string
  value: string
  hint?: string
  error?: string | null
  /** Earliest and latest days that can be picked, `YYYY-MM-DD`. */
  start?: string
  end?: string
  onChange: (value: string) => void
}

/** A date asked with the system date picker (both builds), never typed. */
export function DateField({ label, value, hint, error, start, end, onChange }: DateFieldProps) {
  return (
    <View className={`gov-field${error ? ' gov-field--error' : ''}`}>
      <Text className='gov-field__label'>{label}</Text>
      <Picker
        className='gov-date-picker'
        mode='date'
        value={value || end || ''}
        start={start}
        end={end}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <View
          className={`gov-field__input${value ? '' : ' gov-field__input--empty'}`}
          role='button'
          aria-label={`${label} ${value || '未选择'}`}
        >
          <Text>{value ? `${value}（点此修改）` : '点此选择日期'}</Text>
        </View>
      </Picker>
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
