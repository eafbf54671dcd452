import type { ReactNode } from 'react'
import { Button } from '@tarojs/components'
import './index.scss'

export type GovButtonVariant = 'primary' | 'secondary' | 'danger' | 'plain'

interface GovButtonProps {
  children: ReactNode
  onClick?: () => void
  variant?: GovButtonVariant
  disabled?: boolean
  loading?: boolean
  block?: boolean
}

export function GovButton({
  children,
  onClick,
  variant = 'primary',
  disabled = false,
  loading = false,
  block = false,
}: GovButtonProps) {
  const inactive = disabled || loading
  const classes = [
    'gov-button',
    `gov-button--${variant}`,
    block ? 'gov-button--block' : '',
    inactive ? 'gov-button--inactive' : '',
  ]
  // Taro H5 renders disabled="false" as an attribute, which matches [disabled] selectors: omit it instead.
  return (
    <Button
      className={classes.filter(Boolean).join(' ')}
      disabled={inactive ? true : undefined}
      loading={loading ? true : undefined}
      onClick={inactive ? undefined : onClick}
    >
      {children}
    </Button>
  )
}
