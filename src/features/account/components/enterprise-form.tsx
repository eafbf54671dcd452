import { useRef } from 'react'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { Field } from '../../../components/field'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { randomId } from '../../../platform/random'
import { addEnterprise } from '../api'
import { DraftFormCard } from './draft-form-card'

const loadEnterpriseRequest = () => schemasOf.profile().then((m) => m.EnterpriseRequest)

export function EnterpriseForm() {
  // One key per submission: a retry after a lost answer replays instead of binding twice.
  const requestKey = useRef(randomId())
  const form = useDraftForm(
    'enterprise',
    { name: '', uscc: '' },
    loadEnterpriseRequest,
    async (body) => {
      await addEnterprise(body, requestKey.current)
      requestKey.current = randomId()
    },
  )
  return (
    <DraftFormCard
      title='添加企业（法人身份）'
      form={form}
      successText='企业已添加，可在上方切换为法人身份'
      submitText='添加企业'
    >
      <Field
        name='enterpriseName'
        label='企业名称'
        value={form.values.name}
        placeholder='与营业执照一致'
        maxlength={60}
        error={form.errors.name}
        onInput={(v) => form.setField('name', v)}
      />
      <Field
        name='uscc'
        label='统一社会信用代码'
        value={form.values.uscc}
        placeholder='营业执照上的18位代码'
        maxlength={18}
        error={form.errors.uscc}
        onInput={(v) => form.setField('uscc', v)}
      />
    </DraftFormCard>
  )
}
