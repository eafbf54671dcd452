import { Text, View } from '@tarojs/components'
import { SkeletonText } from '../skeleton'
import './index.scss'

interface ChipsProps<T extends string> {
  label: string
  options: readonly { value: T | undefined; text: string }[]
  value: T | undefined
  onChange: (value: T | undefined) => void
}

/** A row of radio chips; the chosen one carries ✓ so colour is never the only signal. */
export function Chips<T extends string>({ label, options, value, onChange }: ChipsProps<T>) {
  return (
    <View className='gov-chips' role='radiogroup' aria-label={label}>
      {options.map((option) => {
        const checked = option.value === value
        return (
          <View
            key={option.text}
            className={`gov-chips__chip${checked ? ' gov-chips__chip--checked' : ''}`}
            role='radio'
            aria-checked={checked}
            onClick={() => onChange(option.value)}
          >
            <Text>
              {checked ? '✓ ' : ''}
              {option.text}
            </Text>
          </View>
        )
      })}
    </View>
  )
}

/** Chips still loading: one grey chip per entry of `widths` (in characters), same size as real ones. */
export function ChipsSkeleton({ widths }: { widths: readonly number[] }) {
  return (
    <View className='gov-chips' aria-hidden='true'>
      {widths.map((chars, i) => (
        <View key={i} className='gov-chips__chip'>
          <SkeletonText chars={chars} />
        </View>
      ))}
    </View>
  )
}
