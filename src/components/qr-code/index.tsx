import { useMemo, type CSSProperties } from 'react'
import { Text, View } from '@tarojs/components'
import { encode } from 'uqr'
import { qrRuns } from './runs'
import './index.scss'

/** Drawn with Views (no canvas), so it looks the same on weapp and H5 and prints sharply. */
export function QrCode({ text, caption, label }: { text: string; caption: string; label: string }) {
  const rows = useMemo(() => qrRuns(encode(text, { ecc: 'M', border: 2 }).data), [text])
  return (
    <View
      className='qr-code'
      role='img'
      aria-label={label}
      style={{ '--qr-modules': rows.length } as CSSProperties}
    >
      {rows.map((runs, y) => (
        <View key={y} className='qr-code__row'>
          {runs.map((run, x) => (
            <View
              key={x}
              className={run.dark ? 'qr-code__dark' : 'qr-code__light'}
              style={{ flexGrow: run.length }}
            />
          ))}
        </View>
      ))}
      <Text className='qr-code__caption'>{caption}</Text>
    </View>
  )
}
