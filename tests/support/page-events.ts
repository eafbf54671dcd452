/**
 * Stand-ins for Taro's page show/hide hooks: a test calls `showPage()` / `hidePage()` as WeChat or
 * the H5 router would when the resident comes back to (or leaves) the page.
 * Use with: jest.mock('@tarojs/taro', () => require('<this file>').taroWithPageEvents())
 */
type Listener = () => void
const shows = new Set<{ current: Listener }>()
const hides = new Set<{ current: Listener }>()

function useListener(set: Set<{ current: Listener }>, listener: Listener) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { useEffect, useRef } = require('react') as typeof import('react')
  const latest = useRef(listener)
  latest.current = listener
  useEffect(() => {
    const entry = latest
    set.add(entry)
    return () => void set.delete(entry)
  }, [set])
}

export function taroWithPageEvents() {
  const real = jest.requireActual<Record<string, unknown>>('@tarojs/taro')
  const useDidShow = (listener: Listener) => useListener(shows, listener)
  const useDidHide = (listener: Listener) => useListener(hides, listener)
  const taro = { ...(real.default as object), useDidShow, useDidHide }
  return { ...real, useDidShow, useDidHide, default: taro, __esModule: true }
}

export const showPage = () => shows.forEach((l) => l.current())
export const hidePage = () => hides.forEach((l) => l.current())
