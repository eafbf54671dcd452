import { startTransition, useEffect, useState } from 'react'

/** The H5 build only (not weapp, not jest): there the first screen is built by JavaScript on a phone. */
export const PROGRESSIVE_PAGES = process.env.TARO_ENV === 'h5'

/**
 * How many of a page's `total` sections to render: on a first mount one more per task, each in a
 * transition, so building the page is many short tasks instead of one long one that blocks a slow
 * phone's main thread (Lighthouse total blocking time); then all of them, for good. Sections only
 * ever appear below those already shown, so nothing on screen moves.
 */
export function useProgressiveCount(total: number, enabled = PROGRESSIVE_PAGES): number {
  const [shown, setShown] = useState(enabled ? 1 : Infinity)
  useEffect(() => {
    if (shown === Infinity) return
    const timer = setTimeout(() =>
      startTransition(() => setShown((count) => (count + 1 >= total ? Infinity : count + 1))),
    )
    return () => clearTimeout(timer)
  }, [shown, total])
  return shown
}
