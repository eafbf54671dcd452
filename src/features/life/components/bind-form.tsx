import { Text, View } from '@tarojs/components'
import { ChoiceField } from '../../../components/choice-group/choice-field'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { bindAccount } from '../api'
import { KIND_CHOICES } from '../model'
import './life.scss'

const loadBindAccountRequest = () => schemasOf.life().then((m) => m.BindAccountRequest)

export function BindForm({ onBound }: { onBound: () => void }) {
  const form = useDraftForm(
    'life-bind',
    { kind: '', number: '', holderCheck: '' },
    loadBindAccountRequest,
    async (body) => {
      await bindAccount(body)
      onBound()
    },
  )
  return (
    <View className='gov-card gov-section life-bind'>
      <Text className='gov-section__title'>添加户号</Text>
      {form.resumedAt !== null && <Notice>已恢复您上次未提交的填写内容</Notice>}
      {form.status === 'done' && <Notice tone='success'>户号已绑定，点上方户号查看账单</Notice>}
      <ChoiceField
        label='缴费类型'
        choices={KIND_CHOICES}
        value={form.values.kind}
        error={form.errors.kind}
        onChange={(v) => form.setField('kind', v)}
      />
      <Field
        name='number'
        label='户号'
        type='number'
        value={form.values.number}
        placeholder='缴费通知单上的户号'
        maxlength={20}
        error={form.errors.number}
        onInput={(v) => form.setField('number', v)}
      />
      <Field
        name='holderCheck'
        label='户主的姓或预留手机后4位'
        value={form.values.holderCheck}
        placeholder='如“张”或“0101”'
        hint='只有本户知道的信息，防止他人绑定您家的户号'
        maxlength={4}
        error={form.errors.holderCheck}
        onInput={(v) => form.setField('holderCheck', v)}
      />
      {form.formError !== null && <Notice tone='danger'>{form.formError}</Notice>}
      <GovButton block loading={form.status === 'submitting'} onClick={() => void form.onSubmit()}>
        绑定户号
      </GovButton>
    </View>
  )
}
