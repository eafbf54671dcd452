import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ChoiceGroup } from '../../../components/choice-group'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import {
  firstQuestionWithError,
  QuestionSteps,
  type StepQuestion,
} from '../../../components/question-steps'
import { useDraft } from '../../../hooks/use-draft'
import { isApiError, loadContract } from '../../../services/http'
import { formErrors } from '../../../utils/form-errors'
import { openPage } from '../../../platform/navigation'
import {
  CREDIT_YEARS_TEXT,
  creditAnswersFromProfile,
  yearsBandOf,
  type CreditRequest,
  type CreditResult,
  type CreditYears,
} from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { routes } from '../../../utils/routes'
import { assessCredit, enterpriseProfile } from '../api'
import { CREDIT_QUESTIONS, EMPTY_CREDIT } from '../model'
import { ProductCard } from './product-card'
import './finance.scss'

const loadCreditRequest = () => schemasOf.finance().then((m) => m.CreditRequest)

function Result({ result }: { result: CreditResult }) {
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>自评结果</Text>
        <Text className='finance-grade'>
          {result.grade}级 · {result.score}分
        </Text>
        <Text className='gov-line'>{result.gradeText}</Text>
        {result.factors.map((f) => (
          <Text
            key={f.text}
            className={`finance-factor${f.effect === 'down' ? ' finance-factor--down' : ''}`}
          >
            {f.effect === 'up' ? `↑ 加${f.points}分` : `↓ 减${-f.points}分`}：{f.text}
          </Text>
        ))}
        <Text className='gov-text-secondary'>自评仅供参考，以银行审批为准。</Text>
      </View>
      <Text className='gov-section__title'>匹配的贷款产品</Text>
      {result.matches.map(({ product, eligible, reason }) => (
        <ProductCard key={product.id} product={product}>
          <Text className={eligible ? 'gov-line' : 'gov-line gov-text-danger'}>
            {eligible ? '✓ ' : '✗ '}
            {reason}
          </Text>
          {eligible && (
            <GovButton onClick={() => openPage(routes.financeApply(product.id, result.grade))}>
              申请{product.name}
            </GovButton>
          )}
        </ProductCard>
      ))}
    </View>
  )
}

type CreditKey = keyof CreditRequest

interface ProfileAnswers {
  /** 成立年限 derived from the founding date: never asked, so it cannot disagree with it. */
  years: CreditYears | null
  foundedOn: string
  /** Questions answered from the profile, still open to change. */
  prefilled: CreditKey[]
}

/**
 * Reuses the 企业画像: its founding date fixes 成立年限, and its revenue, 纳税信用 and 资质 fill
 * the questions not answered yet. Acting as a person there is no profile, and all is asked.
 */
function useProfileAnswers(
  values: Record<CreditKey, string>,
  setField: (name: CreditKey, value: string) => void,
): ProfileAnswers {
  const [known, setKnown] = useState<ProfileAnswers>({ years: null, foundedOn: '', prefilled: [] })
  useEffect(() => {
    let live = true
    enterpriseProfile()
      .then((profile) => {
        if (!live) return
        const answers = creditAnswersFromProfile(profile.form, new Date())
        const years = yearsBandOf(profile.form.foundedOn, new Date())
        const prefilled = (Object.keys(answers) as CreditKey[]).filter(
          (key) => key !== 'years' && values[key] === '',
        )
        for (const key of prefilled) setField(key, answers[key] ?? '')
        if (years !== null) setField('years', years)
        setKnown({ years, foundedOn: profile.form.foundedOn, prefilled })
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
    // Once, over the answers the draft was restored with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return known
}

const prefilledLabels = (keys: readonly CreditKey[]) =>
  CREDIT_QUESTIONS.filter((q) => keys.includes(q.id))
    .map((q) => q.label)
    .join('、')

export function CreditForm() {
  const [result, setResult] = useState<CreditResult | null>(null)
  // The answers stay after the result is shown (unlike a sent form): the owner adjusts and re-checks.
  const draft = useDraft('finance-credit', EMPTY_CREDIT)
  const position = useDraft('finance-credit:step', { step: '0' })
  const goTo = (index: number) => position.setField('step', String(index))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const known = useProfileAnswers(draft.values, draft.setField)
  const submit = async () => {
    let schema: Awaited<ReturnType<typeof loadCreditRequest>>
    try {
      schema = await loadContract(loadCreditRequest)
    } catch (e) {
      setFormError(isApiError(e) ? e.message : '自评失败，请稍后重试')
      return
    }
    const found = formErrors(schema, draft.values)
    setErrors(found)
    setFormError(null)
    const unanswered = firstQuestionWithError(questions, (id) => id in found)
    if (unanswered !== null) return goTo(unanswered)
    setBusy(true)
    try {
      setResult(await assessCredit(schema.parse(draft.values)))
    } catch (e) {
      setFormError(isApiError(e) ? e.message : '自评失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }
  const asked = CREDIT_QUESTIONS.filter((q) => !(q.id === 'years' && known.years !== null))
  const questions: StepQuestion[] = asked.map((q) => ({
    key: q.id,
    title: q.label,
    hint: known.prefilled.includes(q.id) ? '已按企业画像预填，可以修改' : undefined,
    body: (
      <View className='gov-field'>
        <Text className='gov-field__label'>{q.label}</Text>
        <ChoiceGroup
          label={q.label}
          choices={q.choices}
          value={draft.values[q.id]}
          onChange={(v) => {
            draft.setField(q.id, v)
            setErrors(({ [q.id]: _dropped, ...rest }) => rest)
            setResult(null)
          }}
        />
        {errors[q.id] !== undefined && (
          <View className='gov-field__error' role='alert'>
            <Text>✗ {errors[q.id]}</Text>
          </View>
        )}
      </View>
    ),
  }))
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>企业信用自评</Text>
        <Text className='gov-text-secondary'>按企业实际情况选择，填写会自动保存。</Text>
        {known.years !== null && (
          <Text className='gov-line'>
            成立年限：{CREDIT_YEARS_TEXT[known.years]}（按企业画像中的成立日期{known.foundedOn}
            计算）
          </Text>
        )}
        {known.prefilled.length > 0 && (
          <Text className='gov-text-secondary'>
            已按企业画像预填{prefilledLabels(known.prefilled)}，可以修改。
          </Text>
        )}
        {formError !== null && <Notice tone='danger'>{formError}</Notice>}
        <QuestionSteps
          questions={questions}
          current={Number(position.values.step)}
          onMove={goTo}
          finish={
            <GovButton block loading={busy} onClick={() => void submit()}>
              开始自评
            </GovButton>
          }
        />
      </View>
      {result !== null && <Result result={result} />}
    </View>
  )
}
