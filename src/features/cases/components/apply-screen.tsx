import { Text, View } from '@tarojs/components'
import type { CaseDetail, CaseSource } from '../../../services/contract'
import { AsyncView } from '../../../components/async-view'
import { useRemote } from '../../../hooks/use-remote'
import { caseForm, formPrefill, getCase, myLicences, resubmitCase, submitCase } from '../api'
import { correctionDueText, correctionForm, promiseText } from '../model'
import { ApplicationForm } from './application-form'
import './cases.scss'

/** 一键代办 of an item or a bundle: the merged form, autosaved per source. */
export function ApplyScreen({
  source,
  actingFor,
  onSent,
}: {
  source: CaseSource
  /** The 亲情代办 grant to apply under, for its grantor. */
  actingFor?: string
  onSent: (detail: CaseDetail) => void
}) {
  // On someone's behalf, the applicant's own 电子证照 and 实名 are not the helper's to offer.
  const { state, reload } = useRemote(
    () =>
      Promise.all([
        caseForm(source),
        actingFor ? [] : myLicences(),
        actingFor ? { values: {}, sources: {}, serverFilled: [] } : formPrefill(),
      ]),
    [source.kind, source.id, actingFor],
  )
  return (
    <AsyncView state={state} onRetry={reload}>
      {([form, licences, prefill]) => (
        <View>
          <View className='gov-card gov-section'>
            <Text className='case-card__title'>{form.title}</Text>
            {form.items.length > 1 && (
              <Text className='gov-line'>
                一次提交，同时办理：{form.items.map((i) => i.name).join('、')}
              </Text>
            )}
            <Text className='gov-text-secondary'>
              提交后由帮办员全程代办，{promiseText(form.promisedDays)}
              。填写内容自动保存，7天内回来可继续。
            </Text>
          </View>
          <ApplicationForm
            form={form}
            draftId={`case.${source.kind}.${source.id}${actingFor ? `.${actingFor}` : ''}`}
            licences={licences}
            prefill={prefill}
            submitLabel='提交，交给帮办员'
            send={(application, key) => submitCase({ source, ...application, actingFor }, key)}
            onSent={onSent}
          />
        </View>
      )}
    </AsyncView>
  )
}

async function loadCorrection(id: string) {
  const [detail, licences] = await Promise.all([getCase(id), myLicences()])
  const form = await caseForm(detail.source)
  return { detail, licences, form: correctionForm(form, detail) }
}

function CorrectionDue({ due }: { due: NonNullable<CaseDetail['correctionDue']> }) {
  const { text, tone } = correctionDueText(due)
  return (
    <Text className={`case-clock case-clock--${tone}`} aria-label='补正期限'>
      {tone === 'danger' ? '! ' : ''}
      {text}
    </Text>
  )
}

/** 补正: only what the 帮办员 listed, each with its reason; the rest of the case stays as sent. */
export function CorrectScreen({ id, onSent }: { id: string; onSent: (d: CaseDetail) => void }) {
  const { state, reload } = useRemote(() => loadCorrection(id), [id])
  return (
    <AsyncView state={state} onRetry={reload}>
      {({ detail, licences, form }) =>
        detail.status !== 'correction' ? (
          <Text>该办件当前不需要补正，请返回查看办理进度。</Text>
        ) : (
          <View>
            <View className='gov-card gov-section'>
              <Text className='case-card__title'>{detail.title} · 补正</Text>
              <Text className='gov-line'>
                帮办员列出了{detail.corrections.length}项，请逐项修改；其余材料不用重交。
              </Text>
              {detail.correctionDue && <CorrectionDue due={detail.correctionDue} />}
            </View>
            <ApplicationForm
              form={form}
              draftId={`case.fix.${id}`}
              licences={licences}
              reasons={Object.fromEntries(detail.corrections.map((c) => [c.target, c.reason]))}
              submitLabel='提交补正'
              send={(application, key) => resubmitCase(id, application, key)}
              onSent={onSent}
            />
          </View>
        )
      }
    </AsyncView>
  )
}
