import { Text, View } from '@tarojs/components'
import type { Appointment, Profile } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useRemote } from '../../../hooks/use-remote'
import { bookerContact } from '../api'
import type { BookingDraft } from '../booking-draft'
import { dateLabel } from '../model'
import { useBookingSubmit } from '../use-booking-submit'

interface ConfirmStepProps {
  itemId: string
  itemName: string
  draft: BookingDraft
  /** The booking being moved (改约): it keeps its booker, so no contact is asked for. */
  rescheduleOf: string | undefined
  actingFor?: string
  update: (patch: Partial<BookingDraft>) => void
  saveKey: (key: string) => void
  onBooked: (booked: Appointment) => void
  onSlotTaken: () => void
}

type Saved = Profile['contact']
const hasSaved = (saved: Saved) => saved.nameMasked !== null && saved.phoneMasked !== null

function SavedContact({ saved, onChange }: { saved: Saved; onChange: () => void }) {
  return (
    <View aria-label='预约人'>
      <Text className='gov-line'>预约人：{saved.nameMasked}</Text>
      <Text className='gov-line'>手机号：{saved.phoneMasked}</Text>
      <GovButton variant='secondary' onClick={onChange}>
        换一个预约人
      </GovButton>
    </View>
  )
}

function ContactFields({
  draft,
  errors,
  update,
}: {
  draft: BookingDraft
  errors: Record<string, string>
  update: ConfirmStepProps['update']
}) {
  return (
    <View aria-label='预约人'>
      <Field
        name='name'
        label='预约人姓名'
        value={draft.name}
        placeholder='到场办理人的姓名'
        maxlength={30}
        error={errors.name}
        onInput={(v) => update({ name: v })}
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
        onInput={(v) => update({ phone: v })}
      />
    </View>
  )
}

function Confirm(props: ConfirmStepProps & { saved: Saved }) {
  const { itemName, draft, rescheduleOf, saved, update } = props
  // On behalf, the grantee's own saved contact is not the booker's: it is typed.
  const typed =
    !rescheduleOf &&
    (props.actingFor !== undefined || draft.editContact === '1' || !hasSaved(saved))
  const submission = useBookingSubmit(
    props.itemId,
    rescheduleOf,
    draft,
    typed,
    props.saveKey,
    props.onBooked,
    props.actingFor,
  )
  return (
    <View>
      <View className='gov-card gov-section' aria-label='预约信息'>
        <Text className='gov-line'>事项：{itemName}</Text>
        <Text className='gov-line'>网点：{draft.pointName}</Text>
        <Text className='gov-line'>
          时间：{dateLabel(draft.date)} {draft.slotTime}
        </Text>
      </View>
      <View className='gov-card gov-section'>
        {rescheduleOf ? (
          <Text>改约成功后，原来的预约会自动取消；预约人和手机号不变。</Text>
        ) : typed ? (
          <ContactFields draft={draft} errors={submission.errors} update={update} />
        ) : (
          <SavedContact saved={saved} onChange={() => update({ editContact: '1' })} />
        )}
      </View>
      {submission.error && (
        <Notice
          tone='danger'
          action={
            submission.error.code === 'SLOT_FULL' ? (
              <GovButton variant='secondary' onClick={props.onSlotTaken}>
                重新选择时段
              </GovButton>
            ) : undefined
          }
        >
          {submission.error.message}
        </Notice>
      )}
      <GovButton block loading={submission.sending} onClick={() => void submission.submit()}>
        {rescheduleOf ? '确认改约' : '确认预约'}
      </GovButton>
    </View>
  )
}

/** The last screen: what, where, when and who, then one tap that books exactly once. */
export function ConfirmStep(props: ConfirmStepProps) {
  const { state, reload } = useRemote(bookerContact, [])
  return (
    <AsyncView state={state} onRetry={reload} skeletonRows={2}>
      {(saved) => <Confirm {...props} saved={saved} />}
    </AsyncView>
  )
}
