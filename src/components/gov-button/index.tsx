import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Icon, type IconName, type IconTone } from '../icon'
import './index.scss'

export type GovButtonVariant = 'primary' | 'secondary' | 'danger' | 'plain'

interface GovButtonProps {
  children: ReactNode
  onClick?: () => void
  variant?: GovButtonVariant
  disabled?: boolean
  loading?: boolean
  block?: boolean
  /** Drawn before the label, in the label's colour. */
  icon?: IconName
}

const ICON_TONE: Record<GovButtonVariant, IconTone> = {
  primary: 'on-primary',
  secondary: 'primary',
  danger: 'danger',
  plain: 'primary',
}

/**
 * A View with role="button" rather than Taro's Button: the H5 Button renders a custom element
 * without a button role and with `disabled="false"` attributes that defeat styling.
 */
export function GovButton({
  children,
  onClick,
  variant = 'primary',
  disabled = false,
  loading = false,
  block = false,
  icon,
}: GovButtonProps) {
  const inactive = disabled || loading
  const classes = [
    'gov-button',
    `gov-button--${variant}`,
    block ? 'gov-button--block' : '',
    inactive ? 'gov-button--inactive' : '',
  ]
  return (
    <View
      className={classes.filter(Boolean).join(' ')}
      role='button'
      aria-disabled={inactive}
      hoverClass={inactive ? 'none' : 'gov-button--pressed'}
      onClick={inactive ? undefined : onClick}
    >
      {icon && !loading && <Icon name={icon} tone={ICON_TONE[variant]} />}
      {loading ? <Text>处理中…</Text> : children}
    </View>
  )
}
