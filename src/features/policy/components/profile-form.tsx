import { Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { QINGSHAN_STREETS, TAX_CREDITS, type EnterpriseProfile } from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { saveProfile } from '../api'
import { IndustryPicker } from './industry-picker'
import { OptionChips } from './option-chips'
import { QualificationPicker } from './qualification-picker'
import './policy.scss'

const loadEnterpriseProfileForm = () => schemasOf.policy().then((m) => m.EnterpriseProfileForm)

const STREETS = QINGSHAN_STREETS.map((s) => ({ value: s, text: s }))
const CREDITS = TAX_CREDITS.map((c) => ({ value: c, text: `${c}级` }))
const YES_NO = [
  { value: 'yes', text: '是，按时足额缴纳' },
  { value: 'no', text: '否，有欠缴' },
]

type NumberField =
  | 'staff'
  | 'revenue'
  | 'capital'
  | 'graduates'
  | 'veterans'
  | 'hardToEmploy'
  | 'layoffRate'
  | 'rdRatio'
// Whole counts get the number keypad; amounts and rates keep the text keypad for the decimal point.
const WHOLE: readonly NumberField[] = ['staff', 'graduates', 'veterans', 'hardToEmploy']
const NUMBER_FIELDS: readonly { name: NumberField; label: string; hint: string }[] = [
  { name: 'staff', label: '从业人数（人）', hint: '按上年度平均从业人数填写' },
  { name: 'revenue', label: '上年度营业收入（万元）', hint: '如 300 或 1250.5' },
  { name: 'capital', label: '注册资本（万元）', hint: '与营业执照一致' },
  { name: 'rdRatio', label: '研发费用占营业收入比例（%）', hint: '没有研发投入填 0' },
  { name: 'layoffRate', label: '上年度裁员率（%）', hint: '未裁员填 0' },
  { name: 'graduates', label: '近12个月新招用高校毕业生（人）', hint: '没有填 0' },
  { name: 'veterans', label: '招用退役军人（人）', hint: '没有填 0' },
  { name: 'hardToEmploy', label: '招用就业困难人员、脱贫人口（人）', hint: '没有填 0' },
]

interface ProfileFormProps {
  profile: EnterpriseProfile
  onSaved: (saved: EnterpriseProfile) => void
}

/** The enterprise profile; autosaved as a draft, matched by the server once saved. */
export function ProfileForm({ profile, onSaved }: ProfileFormProps) {
  const form = useDraftForm(
    `policy-profile-${profile.enterpriseId}`,
    profile.form,
    loadEnterpriseProfileForm,
    async (body) => {
      onSaved(await saveProfile(body))
    },
  )
  const { values, errors, setField } = form
  return (
    <View className='gov-card gov-section policy-form'>
      <Text className='gov-section__title'>企业画像</Text>
      <Text className='gov-text-secondary'>
        填得越全，匹配越准；不清楚的可以先空着，相关政策会提示“需补充信息”。
      </Text>
      {form.resumedAt !== null && <Notice>已恢复上次未保存的填写内容</Notice>}
      <IndustryPicker
        value={values.industryDivision}
        error={errors.industryDivision}
        onChange={(v) => setField('industryDivision', v)}
      />
      <Field
        name='foundedOn'
        label='成立日期'
        value={values.foundedOn}
        placeholder='如 2021-06-18'
        maxlength={10}
        error={errors.foundedOn}
        onInput={(v) => setField('foundedOn', v)}
      />
      <OptionChips
        label='所在街道（镇）'
        options={STREETS}
        value={values.street}
        error={errors.street}
        onChange={(v) => setField('street', v)}
      />
      <OptionChips
        label='纳税信用等级'
        options={CREDITS}
        value={values.taxCredit}
        error={errors.taxCredit}
        onChange={(v) => setField('taxCredit', v)}
      />
      <OptionChips
        label='是否按时足额缴纳失业保险'
        options={YES_NO}
        value={values.insurancePaid}
        error={errors.insurancePaid}
        onChange={(v) => setField('insurancePaid', v)}
      />
      <QualificationPicker
        value={values.qualifications}
        error={errors.qualifications}
        onChange={(v) => setField('qualifications', v)}
      />
      {NUMBER_FIELDS.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          label={f.label}
          value={values[f.name]}
          type={WHOLE.includes(f.name) ? 'number' : 'text'}
          hint={f.hint}
          maxlength={12}
          error={errors[f.name]}
          onInput={(v) => setField(f.name, v)}
        />
      ))}
      {form.formError !== null && <Notice tone='danger'>{form.formError}</Notice>}
      <GovButton block loading={form.status === 'submitting'} onClick={() => void form.onSubmit()}>
        保存企业画像
      </GovButton>
    </View>
  )
}
