import type { ReactNode } from 'react'
import { GovButton, type GovButtonVariant } from '../gov-button'
import { callPhone } from '../../platform/phone'

interface CallButtonProps {
  phone: string
  children: ReactNode
  variant?: GovButtonVariant
  block?: boolean
}

/** A phone number as something to tap: WeChat dials it (H5 has its own tel: link, index.h5.tsx). */
export function CallButton({
  phone,
  children,
  variant = 'secondary',
  block = false,
}: CallButtonProps) {
  return (
    <GovButton variant={variant} block={block} onClick={() => void callPhone(phone)}>
      {children}
    </GovButton>
  )
}
