import { Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { type SamplingBooking } from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { issueReport } from '../api'
import './labs.scss'

const loadReportRequest = () => schemasOf.labs().then((m) => m.ReportRequest)

export function ReportForm({
  booking,
  onIssued,
}: {
  booking: SamplingBooking
  onIssued: (b: SamplingBooking) => void
}) {
  const air = booking.service === 'air'
  const form = useDraftForm(
    // The draft key from before 检测 was named labs: drafts saved on phones stay found.
    `testing-report-${booking.id}`,
    { place: '', formaldehyde: '', tvoc: '', benzene: '', conclusion: '' },
    loadReportRequest,
    async (body) => onIssued(await issueReport(booking.id, body)),
  )
  const reading = (name: 'formaldehyde' | 'tvoc' | 'benzene', label: string) => (
    <Field
      name={name}
      label={`${label}（mg/m³）`}
      value={form.values[name]}
      placeholder='如 0.05，未测留空'
      maxlength={6}
      error={form.errors[name]}
      onInput={(v) => form.setField(name, v)}
    />
  )
  return (
    <View className='gov-card gov-section lab-form'>
      <Text className='gov-section__title'>出具检测报告</Text>
      {form.formError !== null && <Notice tone='danger'>{form.formError}</Notice>}
      <Field
        name='place'
        label={air ? '采样点位' : '样品名称'}
        value={form.values.place}
        placeholder={air ? '如：主卧' : '如：电动自行车充电器'}
        maxlength={20}
        error={form.errors.place}
        onInput={(v) => form.setField('place', v)}
      />
      {air && reading('formaldehyde', '甲醛')}
      {air && reading('tvoc', 'TVOC')}
      {air && reading('benzene', '苯')}
      <Field
        name='conclusion'
        label='检测结论'
        value={form.values.conclusion}
        maxlength={300}
        error={form.errors.conclusion}
        onInput={(v) => form.setField('conclusion', v)}
      />
      <GovButton block loading={form.status === 'submitting'} onClick={() => void form.onSubmit()}>
        出具报告
      </GovButton>
    </View>
  )
}
