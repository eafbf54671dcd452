import { useRef } from 'react'
import { SampleBadge } from '../../../components/sample-badge'
import { Picker, Text, View } from '@tarojs/components'
import { ChoiceGroup } from '../../../components/choice-group'
import { Field } from '../../../components/field'
import { ContactFields } from '../../../components/field/contact-fields'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { replacePage } from '../../../platform/navigation'
import { randomId } from '../../../platform/random'
import { type Lab, type TestingService } from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { routes } from '../../../utils/routes'
import { bookSampling } from '../api'
import { formatDay } from '../../../services/contract'
import { openDates, slotChoices, slotOnNewDate } from '../model'
import './labs.scss'

const loadSamplingRequest = () => schemasOf.labs().then((m) => m.SamplingRequest)

function FieldError({ error }: { error: string | undefined }) {
  if (error === undefined) return null
  return (
    <View className='gov-field__error' role='alert'>
      <Text>✗ {error}</Text>
    </View>
  )
}

export function BookingForm({ lab, service }: { lab: Lab; service: TestingService }) {
  const requestKey = useRef(randomId())
  const form = useDraftForm(
    // The draft key from before 检测 was named labs: drafts saved on phones stay found.
    `testing-book-${lab.id}`,
    { labId: lab.id, service, date: '', slot: '', address: '', contact: '', phone: '' },
    loadSamplingRequest,
    async (body) => {
      const created = await bookSampling(body, requestKey.current)
      requestKey.current = randomId()
      replacePage(routes.labBooking(created.id))
    },
  )
  const dates = openDates(lab)
  const fullDays = lab.bookableDates.length - dates.length
  return (
    <View className='gov-card gov-section lab-form'>
      <Text className='gov-section__title'>预约上门采样</Text>
      <Text className='gov-text-secondary'>
        {lab.name} · {service === 'air' ? '房屋环境检测' : '产品质量检测'}
        <SampleBadge sample={lab.sample} />
      </Text>
      {form.resumedAt !== null && <Notice>已恢复您上次未提交的填写内容</Notice>}
      <View className='gov-field'>
        <Text className='gov-field__label'>采样日期（工作日）</Text>
        <Picker
          className='lab-date-picker'
          mode='selector'
          range={dates.map((day) => formatDay(day))}
          value={Math.max(0, dates.indexOf(form.values.date))}
          onChange={(e) => {
            const day = dates[Number(e.detail.value)]
            if (day === undefined) return
            form.setField('date', day)
            form.setField('slot', slotOnNewDate(lab, day, form.values.slot))
          }}
        >
          <View className='lab-date' role='button' aria-label='采样日期'>
            <Text>
              {form.values.date ? `${formatDay(form.values.date)}（点此修改）` : '点此选择日期'}
            </Text>
          </View>
        </Picker>
        {fullDays > 0 && (
          <Text className='gov-text-secondary'>另有{fullDays}天已约满，未列出。</Text>
        )}
        <FieldError error={form.errors.date} />
      </View>
      <View className='gov-field'>
        <Text className='gov-field__label'>时段</Text>
        <ChoiceGroup
          label='时段'
          choices={slotChoices(lab, form.values.date)}
          value={form.values.slot}
          onChange={(v) => form.setField('slot', v)}
        />
        <FieldError error={form.errors.slot} />
      </View>
      <Field
        name='address'
        label='采样地址'
        value={form.values.address}
        placeholder='街道、小区、楼号、单元、门牌'
        maxlength={100}
        error={form.errors.address}
        onInput={(v) => form.setField('address', v)}
      />
      <ContactFields form={form} />
      {service === 'air' && (
        <Text className='gov-text-secondary'>
          采样前请关闭门窗12小时以上（GB/T 18883-2022 的采样要求）。
        </Text>
      )}
      {form.formError !== null && <Notice tone='danger'>{form.formError}</Notice>}
      <GovButton block loading={form.status === 'submitting'} onClick={() => void form.onSubmit()}>
        提交预约
      </GovButton>
    </View>
  )
}
