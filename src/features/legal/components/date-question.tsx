import { Picker, Text, View } from '@tarojs/components'
import './legal.scss'

interface DateQuestionProps {
  label: string
  hint?: string
  value: string
  /** Latest date that can be picked (today). */
  end: string
  error?: string
  onChange: (value: string) => void
}

export function DateQuestion({ label, hint, value, end, error, onChange }: DateQuestionProps) {
  return (
    <View className={`gov-field${error ? ' gov-field--error' : ''}`}>
      <Text className='gov-field__label'>{label}</Text>
      <Picker
        className='legal-date-picker'
        mode='date'
        value={value || end}
        end={end}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <View
          className={`legal-date${value ? '' : ' legal-date--empty'}`}
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
