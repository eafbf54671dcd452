import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ChoiceGroup } from '../../../components/choice-group'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useRecord } from '../../../hooks/use-record'
import type { LoanApplication } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { formatDayTime } from '../../../services/contract'
import { decide } from '../api'
import { progressSteps, STATUS_MARK } from '../model'
import './finance.scss'

function DecisionForm({ id, onDone }: { id: string; onDone: (a: LoanApplication) => void }) {
  const [decision, setDecision] = useState<'' | 'accepted' | 'declined'>('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (decision === '') {
      setError('请选择受理或不予受理')
      return
    }
    setBusy(true)
    try {
      onDone(await decide(id, { decision, note }))
    } catch (e) {
      setError(isApiError(e) ? (e.fields?.note ?? e.message) : '提交失败，请稍后重试')
      setBusy(false)
    }
  }
  return (
    <View className='gov-card gov-section finance-apply'>
      <Text className='gov-section__title'>银行处理</Text>
      <ChoiceGroup
        label='处理结果'
        choices={[
          { value: 'accepted', label: '受理' },
          { value: 'declined', label: '不予受理' },
        ]}
        value={decision}
        onChange={(v) => setDecision(v)}
      />
      <Field
        name='note'
        label='说明（申请人可见）'
        value={note}
        placeholder='如：资料齐全，客户经理3个工作日内联系'
        maxlength={300}
        onInput={setNote}
      />
      {error !== null && <Notice tone='danger'>{error}</Notice>}
      <GovButton block loading={busy} onClick={() => void submit()}>
        提交处理结果
      </GovButton>
    </View>
  )
}

export function ApplicationView({ initial }: { initial: LoanApplication }) {
  const [application, setApplication] = useRecord(initial)
  const a = application
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>{a.productName}</Text>
        <Text className='gov-text-secondary'>{a.bank}</Text>
        <Text className='gov-line'>申请企业：{a.enterpriseName}</Text>
        <Text className='gov-line'>申请金额：{a.amount}万元</Text>
        <Text className='gov-line'>用途：{a.purpose}</Text>
        <Text className='gov-line'>信用自评：{a.grade}级</Text>
        <Text className='gov-line'>提交时间：{formatDayTime(a.createdAt)}</Text>
      </View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>办理进度</Text>
        {progressSteps(a.status).map((step) => (
          <Text
            key={step.label}
            className={`finance-step${step.done ? '' : ' finance-step--todo'}`}
          >
            {step.done ? '●' : '○'} {step.label}
          </Text>
        ))}
        <Text className='gov-line'>
          {STATUS_MARK[a.status]} {a.statusText}
        </Text>
        {a.decisionNote !== null && <Text className='gov-line'>银行说明：{a.decisionNote}</Text>}
      </View>
      {a.canDecide && <DecisionForm id={a.id} onDone={setApplication} />}
    </View>
  )
}
