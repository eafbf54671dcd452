import type { CSSProperties, ReactNode } from 'react'

const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}

/** Text for screen readers only (e.g. the header of a column that shows only icons). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span style={HIDDEN}>{children}</span>
}

/** The header of a table's expand-icon column, which antd leaves empty. */
export const EXPAND_COLUMN_TITLE = <VisuallyHidden>展开详情</VisuallyHidden>
