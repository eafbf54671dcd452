import { Text } from '@tarojs/components'
import './index.scss'

const MEANING = '示例数据，仅供演示，以区里公布的为准'

/**
 * The 示例 mark on fictional data (sample labs, tariffs, the generated long tail of the catalog):
 * in words, so colour is never the only signal, and read out as what it means.
 */
export function SampleBadge({ sample }: { sample: boolean }) {
  if (!sample) return null
  return (
    <Text className='gov-sample' aria-label={MEANING}>
      示例
    </Text>
  )
}

/** One sentence saying what on a page is made up, for where a badge per row would be noise. */
export function SampleNote({ sample, text }: { sample: boolean; text: string }) {
  if (!sample) return null
  return (
    <Text className='gov-sample-note'>
      <Text className='gov-sample'>示例</Text>
      {text}
    </Text>
  )
}
