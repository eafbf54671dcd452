import type { ReactNode } from 'react'
import type { GovButtonVariant } from '../gov-button'
import '../gov-button/index.scss'
import './index.scss'

interface CallButtonProps {
  phone: string
  children: ReactNode
  variant?: GovButtonVariant
  block?: boolean
}

/** On H5 a real tel: link: the phone's dialler opens it, and long-press offers to copy the number. */
export function CallButton({
  phone,
  children,
  variant = 'secondary',
  block = false,
}: CallButtonProps) {
  const classes = [
    'gov-button',
    `gov-button--${variant}`,
    'call-button',
    block ? 'gov-button--block' : '',
  ]
  return (
    <a className={classes.filter(Boolean).join(' ')} href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
      {children}
    </a>
  )
}
