import { Text } from '@tarojs/components'

/**
 * A grey bar as wide as `chars` CJK characters, in the class of the text it stands for, so it
 * takes the same lines and height as that text will (screen readers skip it).
 */
export function SkeletonText({ chars, className = '' }: { chars: number; className?: string }) {
  return (
    <Text className={`${className} gov-skeleton`.trim()} aria-hidden='true'>
      {'字'.repeat(chars)}
    </Text>
  )
}
