import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import type { FormStatus } from '../../../hooks/use-draft-form'
import { DraftResumed } from './draft-resumed'

interface DraftFormCardProps {
  title: string
  form: {
    resumedAt: string | null
    status: FormStatus
    formError: string | null
    onSubmit: () => Promise<void>
  }
  successText: string
  submitText: string
  children: ReactNode
}

/** The frame every autosaved form shares: resumed-draft banner, outcome, fields, submit. */
export function DraftFormCard({
  title,
  form,
  successText,
  submitText,
  children,
}: DraftFormCardProps) {
  return (
    <View className='gov-card gov-section'>
      <Text className='gov-section__title'>{title}</Text>
      <DraftResumed savedAt={form.resumedAt} />
      {form.status === 'done' && <Notice tone='success'>{successText}</Notice>}
      {form.formError !== null && <Notice tone='danger'>{form.formError}</Notice>}
      {children}
      <GovButton block loading={form.status === 'submitting'} onClick={() => void form.onSubmit()}>
        {submitText}
      </GovButton>
    </View>
  )
}
