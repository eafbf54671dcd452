import { useState } from 'react'
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
import { isApiError } from '../../../services/http'
import { formErrors } from '../../../utils/form-errors'
import { openPage } from '../../../platform/navigation'
import { CreditRequest, type CreditResult } from '../../../services/contract'
import { routes } from '../../../utils/routes'
import { assessCredit } from '../api'
import { CREDIT_QUESTIONS, EMPTY_CREDIT } from '../model'
import { ProductCard } from './product-card'
import './finance.scss'

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

export function CreditForm() {
  const [result, setResult] = useState<CreditResult | null>(null)
  // The answers stay after the result is shown (unlike a sent form): the owner adjusts and re-checks.
  const draft = useDraft('finance-credit', EMPTY_CREDIT)
  const position = useDraft('finance-credit:step', { step: '0' })
  const goTo = (index: number) => position.setField('step', String(index))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    const found = formErrors(CreditRequest, draft.values)
    setErrors(found)
    setFormError(null)
    const unanswered = firstQuestionWithError(questions, (id) => id in found)
    if (unanswered !== null) return goTo(unanswered)
    setBusy(true)
    try {
      setResult(await assessCredit(CreditRequest.parse(draft.values)))
    } catch (e) {
      setFormError(isApiError(e) ? e.message : '自评失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }
  const questions: StepQuestion[] = CREDIT_QUESTIONS.map((q) => ({
    key: q.id,
    title: q.label,
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
