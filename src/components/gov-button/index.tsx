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
  const classes = ['gov-button', `gov-button--${variant}`, block ? 'gov-button--block' : '']
  return (
    <Button
      className={classes.filter(Boolean).join(' ')}
      disabled={disabled || loading}
      loading={loading}
      onClick={disabled || loading ? undefined : onClick}
    >
      {children}
    </Button>
  )
}
