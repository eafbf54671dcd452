import { useEffect } from 'react'
import { isWeapp } from '../../platform/env'

/** H5 only: the tab bar lives outside the page, so 长辈模式 also marks <html> for app.scss. */
export function useHtmlElderClass(elder: boolean): void {
  useEffect(() => {
    if (isWeapp || typeof document === 'undefined') return
    document.documentElement.classList.toggle('gov-elder-html', elder)
  }, [elder])
}
