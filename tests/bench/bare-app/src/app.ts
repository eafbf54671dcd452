import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'

// Taro's default React template, as `taro init` would write it: the size baseline.
function App({ children }: PropsWithChildren) {
  useLaunch(() => undefined)
  return children
}

export default App
