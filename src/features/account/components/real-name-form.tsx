import { RealNameRequest } from '../../../services/contract'
import { Field } from '../../../components/field'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { saveRealName } from '../api'
import { DraftFormCard } from './draft-form-card'

export function RealNameForm() {
  const form = useDraftForm('real-name', { name: '', idNumber: '' }, RealNameRequest, saveRealName)
  return (
    <DraftFormCard
      title='实名信息'
      form={form}
      successText='实名信息已保存'
      submitText='保存实名信息'
    >
      <Field
        name='name'
        label='姓名'
        value={form.values.name}
        placeholder='与身份证上一致'
        maxlength={30}
        error={form.errors.name}
        onInput={(v) => form.setField('name', v)}
      />
      <Field
        name='idNumber'
        label='居民身份证号'
        type='idcard'
        value={form.values.idNumber}
        placeholder='18位，最后一位可能是X'
        maxlength={18}
        hint='仅用于办事时核验身份，页面只显示前4位和后4位'
        error={form.errors.idNumber}
        onInput={(v) => form.setField('idNumber', v)}
      />
    </DraftFormCard>
  )
}
