import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ChoiceGroup, type Choice } from '../../../components/choice-group'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraft } from '../../../hooks/use-draft'
import type { AidCheckResult, AidMatter, AidSituation } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { checkAid } from '../api'
import './legal.scss'

const MATTERS: readonly Choice<AidMatter>[] = [
  { value: 'wages', label: '讨要工资（劳动报酬）' },
  { value: 'work_injury', label: '工伤赔偿' },
  { value: 'social_insurance', label: '社会保险待遇' },
  { value: 'support', label: '赡养费、抚养费、扶养费' },
  { value: 'injury', label: '交通事故、医疗事故等人身伤害赔偿' },
  { value: 'domestic_violence', label: '家庭暴力、虐待、遗弃' },
  { value: 'other_civil', label: '其他（合同、借贷、租房等）' },
]

const SITUATIONS: readonly Choice<AidSituation>[] = [
  { value: 'assistance', label: '享受低保、特困供养等救助，或是优抚对象' },
  { value: 'vulnerable', label: '无固定生活来源的老年人、残疾人或未成年人' },
  { value: 'migrant_worker', label: '进城务工人员' },
  { value: 'low_income', label: '家庭收入较低，但不属于以上情形' },
  { value: 'none', label: '以上都不是' },
]

const TONE = {
  eligible: 'success',
  review: 'info',
  unlikely: 'warning',
  out_of_scope: 'warning',
} as const

export function AidCheck() {
  const draft = useDraft('legal-aid', { matter: '', situation: '' })
  const [result, setResult] = useState<AidCheckResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (name: 'matter' | 'situation', value: string) => {
    draft.setField(name, value)
    setResult(null)
    setError(null)
  }
  const submit = async () => {
    const { matter, situation } = draft.values
    if (matter === '' || situation === '') {
      setError(matter === '' ? '请选择要解决的事情' : '请选择您的情况')
      return
    }
    setBusy(true)
    try {
      setResult(
        await checkAid({ matter: matter as AidMatter, situation: situation as AidSituation }),
      )
    } catch (e) {
      setError(isApiError(e) ? e.message : '预审失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>1. 要解决什么事？</Text>
        <ChoiceGroup
          label='要解决什么事'
          choices={MATTERS}
          value={draft.values.matter}
          onChange={(v) => set('matter', v)}
        />
        <Text className='gov-section__title'>2. 您的情况</Text>
        <ChoiceGroup
          label='您的情况'
          choices={SITUATIONS}
          value={draft.values.situation}
          onChange={(v) => set('situation', v)}
        />
        {error !== null && <Notice tone='danger'>{error}</Notice>}
        <GovButton block loading={busy} onClick={() => void submit()}>
          开始预审
        </GovButton>
      </View>
      {result !== null && (
        <View className='gov-card gov-section'>
          <Notice tone={TONE[result.outcome]}>{result.headline}</Notice>
          {result.reasons.map((r) => (
            <Text key={r} className='legal-list__item'>
              · {r}
            </Text>
          ))}
          <Text className='gov-section__title'>请带上这些材料</Text>
          {result.documents.map((d) => (
            <Text key={d} className='legal-list__item'>
              □ {d}
            </Text>
          ))}
          <Text className='gov-section__title'>去哪里申请</Text>
          <Text className='gov-line'>{result.where}</Text>
          <Text className='legal-kb__basis'>依据：{result.basis.join('；')}</Text>
          <Text className='gov-text-secondary'>预审结果仅供参考，以法律援助机构审查决定为准。</Text>
        </View>
      )}
    </View>
  )
}
