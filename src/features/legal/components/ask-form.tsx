import { useRef } from 'react'
import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { ChoiceGroup } from '../../../components/choice-group'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { useRemote } from '../../../hooks/use-remote'
import { replacePage } from '../../../platform/navigation'
import { randomId } from '../../../platform/random'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { routes } from '../../../utils/routes'
import { askLawyer, listLawyers, listTopics } from '../api'
import { TextBox } from '../../../components/field/text-box'
import './legal.scss'

const loadConsultationRequest = () => schemasOf.legal().then((m) => m.ConsultationRequest)

function FieldError({ error }: { error: string | undefined }) {
  if (error === undefined) return null
  return (
    <View className='gov-field__error' role='alert'>
      <Text>✗ {error}</Text>
    </View>
  )
}

export function AskForm() {
  const requestKey = useRef(randomId())
  const lawyers = useRemote(listLawyers, [])
  const topics = useRemote(listTopics, [])
  const form = useDraftForm(
    'legal-ask',
    { lawyerId: '', topic: '', question: '' },
    loadConsultationRequest,
    async (body) => {
      const created = await askLawyer(body, requestKey.current)
      requestKey.current = randomId()
      replacePage(routes.legalThread(created.id))
    },
  )
  return (
    <View className='gov-card gov-section'>
      <Text className='gov-section__title'>向律师提问</Text>
      {form.resumedAt !== null && <Notice>已恢复您上次未提交的填写内容</Notice>}
      <View className='gov-field'>
        <Text className='gov-field__label'>问题类型</Text>
        <AsyncView state={topics.state} onRetry={topics.reload} skeletonRows={1}>
          {(items) => (
            <ChoiceGroup
              label='问题类型'
              choices={items.map((t) => ({ value: t.id, label: t.name }))}
              value={form.values.topic}
              onChange={(v) => form.setField('topic', v)}
            />
          )}
        </AsyncView>
        <FieldError error={form.errors.topic} />
      </View>
      <View className='gov-field'>
        <Text className='gov-field__label'>选择律师</Text>
        <AsyncView state={lawyers.state} onRetry={lawyers.reload} skeletonRows={2}>
          {(items) => (
            <ChoiceGroup
              label='选择律师'
              choices={items.map((l) => ({
                value: l.id,
                label: `${l.name}律师`,
                description: `${l.firm} · 擅长${l.specialtyText} · 执业${l.years}年`,
              }))}
              value={form.values.lawyerId}
              onChange={(v) => form.setField('lawyerId', v)}
            />
          )}
        </AsyncView>
        <FieldError error={form.errors.lawyerId} />
      </View>
      <TextBox
        label='您的问题'
        value={form.values.question}
        placeholder='发生了什么、什么时候、想解决什么（不要写身份证号等隐私）'
        maxlength={1000}
        error={form.errors.question}
        onInput={(v) => form.setField('question', v)}
      />
      {form.formError !== null && <Notice tone='danger'>{form.formError}</Notice>}
      <GovButton block loading={form.status === 'submitting'} onClick={() => void form.onSubmit()}>
        提交问题
      </GovButton>
    </View>
  )
}
