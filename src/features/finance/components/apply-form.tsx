import { useRef } from 'react'
import { Text, View } from '@tarojs/components'
import { ChoiceGroup } from '../../../components/choice-group'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { replacePage } from '../../../platform/navigation'
import { randomId } from '../../../platform/random'
import { type CreditGrade, type LoanProduct } from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { routes } from '../../../utils/routes'
import { applyForLoan } from '../api'
import { amountRange } from '../model'
import './finance.scss'

const loadApplicationRequest = () => schemasOf.finance().then((m) => m.ApplicationRequest)

export function ApplyForm({ product, grade }: { product: LoanProduct; grade: CreditGrade }) {
  const requestKey = useRef(randomId())
  const form = useDraftForm(
    `finance-apply-${product.id}`,
    { productId: product.id, amount: '', purpose: '', materialsReady: '' },
    loadApplicationRequest,
    async (body) => {
      const created = await applyForLoan(body, requestKey.current)
      requestKey.current = randomId()
      replacePage(routes.financeApplication(created.id))
    },
  )
  return (
    <View className='gov-card gov-section finance-apply'>
      <Text className='gov-section__title'>申请{product.name}</Text>
      <Text className='gov-text-secondary'>
        {product.bank} · 额度 {amountRange(product)} · 信用自评 {grade} 级
      </Text>
      {form.resumedAt !== null && <Notice>已恢复您上次未提交的填写内容</Notice>}
      <Field
        name='amount'
        label='申请金额（万元）'
        value={form.values.amount}
        placeholder={`${product.amountMin}–${product.amountMax}`}
        maxlength={8}
        error={form.errors.amount}
        onInput={(v) => form.setField('amount', v)}
      />
      <Field
        name='purpose'
        label='贷款用途'
        value={form.values.purpose}
        placeholder='如：采购原材料、支付工资'
        maxlength={200}
        error={form.errors.purpose}
        onInput={(v) => form.setField('purpose', v)}
      />
      <Text className='gov-field__label'>需要准备的材料（到银行面签时提交原件）</Text>
      {product.materials.map((m) => (
        <Text key={m} className='gov-line'>
          □ {m}
        </Text>
      ))}
      <View className='gov-field'>
        <ChoiceGroup
          label='材料准备情况'
          choices={[{ value: 'yes', label: '以上材料已全部备齐' }]}
          value={form.values.materialsReady}
          onChange={(v) => form.setField('materialsReady', v)}
        />
        {form.errors.materialsReady !== undefined && (
          <View className='gov-field__error' role='alert'>
            <Text>✗ {form.errors.materialsReady}</Text>
          </View>
        )}
      </View>
      {form.formError !== null && <Notice tone='danger'>{form.formError}</Notice>}
      <GovButton block loading={form.status === 'submitting'} onClick={() => void form.onSubmit()}>
        提交申请
      </GovButton>
    </View>
  )
}
