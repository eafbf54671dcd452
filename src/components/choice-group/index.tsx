import { Text, View } from '@tarojs/components'
import './index.scss'

export interface Choice<T extends string> {
  value: T
  label: string
  description?: string
  /** Shown but not choosable; its label must say why (e.g. 已约满), not only its colour. */
  disabled?: boolean
}

interface ChoiceGroupProps<T extends string> {
  label: string
  choices: readonly Choice<T>[]
  value: T
  onChange: (value: T) => void
}

/** Radio group with big targets; the chosen one is marked with ✓ and text, not colour only. */
export function ChoiceGroup<T extends string>({
  label,
  choices,
  value,
  onChange,
}: ChoiceGroupProps<T>) {
  return (
    <View className='gov-choices' role='radiogroup' aria-label={label}>
      {choices.map((choice) => {
        const checked = choice.value === value
        const disabled = choice.disabled === true
        return (
          <View
            key={choice.value}
            className={`gov-choices__item${checked ? ' gov-choices__item--checked' : ''}${disabled ? ' gov-choices__item--disabled' : ''}`}
            role='radio'
            aria-checked={checked}
            aria-disabled={disabled}
            onClick={() => {
              if (!disabled) onChange(choice.value)
            }}
          >
            <Text className='gov-choices__mark'>{checked ? '✓' : ''}</Text>
            <View className='gov-choices__text'>
              <Text className='gov-choices__label'>
                {choice.label}
                {checked ? '（已选）' : ''}
              </Text>
              {choice.description !== undefined && (
                <Text className='gov-choices__description'>{choice.description}</Text>
              )}
            </View>
          </View>
        )
      })}
    </View>
  )
}
