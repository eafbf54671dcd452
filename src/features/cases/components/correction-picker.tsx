import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CaseDetail, CorrectionItem } from '../../../services/contract'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'

/** Ticks every field and material to fix, each with its reason: one list, told at once. */
export function CorrectionPicker({
  detail,
  sending,
  onSend,
}: {
  detail: CaseDetail
  sending: boolean
  onSend: (items: CorrectionItem[]) => void
}) {
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const targets = [
    ...detail.materials.map((m) => ({ target: `material:${m.materialId}`, label: m.name })),
    ...detail.fields.map((f) => ({ target: `field:${f.key}`, label: f.label })),
  ]
  const picked = targets.filter((t) => reasons[t.target] !== undefined)
  // The applicant fixes what they are told: every ticked item needs its reason in words.
  const unexplained = picked.filter((t) => (reasons[t.target] ?? '').trim().length < 2).length
  const toggle = (target: string) =>
    setReasons(({ [target]: had, ...rest }) =>
      had === undefined ? { ...rest, [target]: '' } : rest,
    )
  return (
    <View className='gov-card gov-section' aria-label='补正清单'>
      <Text className='gov-section__title'>勾选需要补正的内容并写明原因</Text>
      {targets.map((t) => {
        const on = reasons[t.target] !== undefined
        return (
          <View key={t.target}>
            <View
              className={`case-pick${on ? ' case-pick--on' : ''}`}
              role='checkbox'
              aria-checked={on}
              onClick={() => toggle(t.target)}
            >
              <Text>
                {on ? '☑' : '☐'} {t.label}
              </Text>
            </View>
            {on && (
              <Field
                name={t.target}
                label={`${t.label}的补正原因`}
                value={reasons[t.target] ?? ''}
                placeholder='如：照片反光看不清，请重新拍摄'
                onInput={(v) => setReasons((r) => ({ ...r, [t.target]: v }))}
              />
            )}
          </View>
        )
      })}
      <GovButton
        block
        loading={sending}
        disabled={picked.length === 0 || unexplained > 0}
        onClick={() =>
          onSend(
            picked.map((t) => ({ target: t.target, reason: (reasons[t.target] ?? '').trim() })),
          )
        }
      >
        {picked.length === 0
          ? '请先勾选补正内容'
          : unexplained > 0
            ? `还有${unexplained}项没写原因`
            : `一次性告知补正（${picked.length}项）`}
      </GovButton>
    </View>
  )
}
