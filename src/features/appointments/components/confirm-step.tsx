import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { useRemote } from '../../../hooks/use-remote'
import { bookerContact } from '../api'
import type { BookingDraft } from '../booking-draft'
import { dateLabel } from '../model'

interface ConfirmStepProps {
  itemName: string
  draft: BookingDraft
  /** Rescheduling keeps the original booker: no contact to ask for. */
  rescheduling: boolean
  errors: Record<string, string>
  setContact: (name: 'name' | 'phone', value: string) => void
  editContact: () => void
}

function Contact({
  draft,
  errors,
  setContact,
  editContact,
}: Omit<ConfirmStepProps, 'itemName' | 'rescheduling'>) {
  const { state, reload } = useRemote(bookerContact, [])
  return (
    <AsyncView state={state} onRetry={reload} skeletonRows={1}>
      {(saved) =>
        saved.nameMasked !== null && saved.phoneMasked !== null && draft.editContact !== '1' ? (
          <View aria-label='预约人'>
            <Text className='gov-line'>预约人：{saved.nameMasked}</Text>
            <Text className='gov-line'>手机号：{saved.phoneMasked}</Text>
            <GovButton variant='secondary' onClick={editContact}>
              换一个预约人
            </GovButton>
          </View>
        ) : (
          <View aria-label='预约人'>
            <Field
              name='name'
              label='预约人姓名'
              value={draft.name}
              placeholder='到场办理人的姓名'
              maxlength={30}
              error={errors.name}
              onInput={(v) => setContact('name', v)}
            />
            <Field
              name='phone'
              label='手机号'
              type='number'
              value={draft.phone}
              placeholder='11位手机号'
              maxlength={13}
              hint='用于接收预约提醒，页面只显示前3位和后4位'
              error={errors.phone}
              onInput={(v) => setContact('phone', v)}
            />
          </View>
        )
      }
    </AsyncView>
  )
}

export function ConfirmStep(props: ConfirmStepProps) {
  const { itemName, draft, rescheduling } = props
  return (
    <View>
      <View className='gov-card gov-section' aria-label='预约信息'>
        <Text className='gov-line'>事项：{itemName}</Text>
        <Text className='gov-line'>网点：{draft.pointName}</Text>
        <Text className='gov-line'>
          时间：{dateLabel(draft.date, Number(draft.weekday))} {draft.slotTime}
        </Text>
      </View>
      <View className='gov-card gov-section'>
        {rescheduling ? (
          <Text>改约成功后，原来的预约会自动取消；预约人和手机号不变。</Text>
        ) : (
          <Contact {...props} />
        )}
      </View>
    </View>
  )
}
