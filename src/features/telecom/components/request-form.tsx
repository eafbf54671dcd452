import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Field } from '../../../components/field'
import { ContactFields } from '../../../components/field/contact-fields'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { useFresh } from '../../../hooks/use-fresh'
import { randomId } from '../../../platform/random'
import { type Plan, type TelecomOrder } from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { myRequests, submitRequest } from '../api'
import './telecom.scss'

const loadTelecomRequest = () => schemasOf.telecom().then((m) => m.TelecomRequest)

function OrderList({ version }: { version: number }) {
  const { state, reload } = useFresh(myRequests, [version])
  return (
    <View className='gov-section'>
      <Text className='gov-section__title'>我的办理预约</Text>
      <AsyncView
        state={state}
        onRetry={reload}
        skeletonRows={1}
        isEmpty={(items) => items.length === 0}
        empty={<Text>还没有办理预约。</Text>}
      >
        {(items) => (
          <View>
            {items.map((o) => (
              <View key={o.id} className='gov-list-card'>
                <Text className='gov-line'>
                  {o.planName} · 受理编号 {o.refNo}
                </Text>
                <Text className='gov-text-secondary'>
                  {o.contact} {o.phone} · {o.address}
                </Text>
                <Text className='gov-line'>{o.statusText}</Text>
              </View>
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}

export function RequestForm({ plan }: { plan: Plan }) {
  const requestKey = useRef(randomId())
  const [created, setCreated] = useState<TelecomOrder | null>(null)
  const form = useDraftForm(
    'telecom-request',
    { planId: plan.id, contact: '', phone: '', address: '' },
    loadTelecomRequest,
    async (body) => {
      setCreated(await submitRequest({ ...body, planId: plan.id }, requestKey.current))
      requestKey.current = randomId()
    },
  )
  return (
    <View>
      <View className='gov-card gov-section telecom-form'>
        <Text className='gov-section__title'>办理{plan.name}</Text>
        <Text className='gov-text-secondary'>
          {plan.operatorName} · 月费 {plan.monthlyYuan}元 · 首年合计 {plan.firstYearYuan}元
        </Text>
        {form.resumedAt !== null && <Notice>已恢复您上次未提交的填写内容</Notice>}
        {created !== null && (
          <Notice tone='success'>
            已提交，受理编号 {created.refNo}。运营商将在1个工作日内致电确认上门时间。
          </Notice>
        )}
        <ContactFields form={form} />
        <Field
          name='address'
          label='安装地址'
          value={form.values.address}
          placeholder='街道、小区、楼号、单元、门牌'
          maxlength={100}
          error={form.errors.address}
          onInput={(v) => form.setField('address', v)}
        />
        {form.formError !== null && <Notice tone='danger'>{form.formError}</Notice>}
        <GovButton
          block
          loading={form.status === 'submitting'}
          onClick={() => void form.onSubmit()}
        >
          提交办理预约
        </GovButton>
      </View>
      <OrderList version={created === null ? 0 : 1} />
    </View>
  )
}
