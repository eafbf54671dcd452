import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { type Verification } from '../../../services/contract'
import { schemasOf } from '../../../services/contract/lazy-schemas'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraft } from '../../../hooks/use-draft'
import { useDraftForm } from '../../../hooks/use-draft-form'
import { requestFacialVerify } from '../../../platform/face-verify'
import { isApiError } from '../../../services/http'
import { useSession } from '../../../stores/session'
import { confirmVerification, startVerification } from '../api'
import { verificationNote, verifiedText } from '../model'
import { DraftFormCard } from './draft-form-card'

const loadVerificationRequest = () => schemasOf.identity().then((m) => m.VerificationRequest)

const NO_PENDING = { id: '', phoneMasked: '', expiresAt: '', code: '' }

/** The code step: where the code went, the code, and a way to ask for a new one. */
function CodeStep({
  pending,
  onCode,
  onRestart,
}: {
  pending: typeof NO_PENDING
  onCode: (code: string) => void
  onRestart: () => void
}) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    if (!/^\d{6}$/.test(pending.code)) {
      setError('请输入短信中的6位数字验证码')
      return
    }
    setBusy(true)
    try {
      await confirmVerification(pending.id, pending.code)
      onRestart()
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : '核验失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='gov-card gov-section'>
      <Text className='gov-section__title'>实名核验</Text>
      <Notice tone='info'>验证码已发送至人口库登记的手机 {pending.phoneMasked}，5分钟内有效</Notice>
      <Field
        name='verificationCode'
        label='短信验证码'
        type='number'
        value={pending.code}
        maxlength={6}
        error={error}
        onInput={(v) => {
          setError(null)
          onCode(v)
        }}
      />
      <GovButton block loading={busy} onClick={() => void confirm()}>
        确认核验
      </GovButton>
      <GovButton block variant='secondary' onClick={onRestart}>
        重新填写或重新获取验证码
      </GovButton>
    </View>
  )
}

/**
 * 实名核验: the name and 身份证号 are checked against the 人口库 and proven by a code to the
 * phone on file (or WeChat 人脸核身). Nothing is stored or unlocked before that.
 */
export function RealNameForm() {
  const profile = useSession((s) => s.profile)
  // Survives the app being killed between "code sent" and typing it.
  const pending = useDraft('identity-verification', NO_PENDING)
  const [faceError, setFaceError] = useState<string | null>(null)
  const keepPending = (started: Verification) => {
    pending.setField('id', started.id)
    pending.setField('phoneMasked', started.phoneMasked ?? '')
    pending.setField('expiresAt', started.expiresAt)
  }
  const form = useDraftForm(
    'real-name',
    { name: '', idNumber: '' },
    loadVerificationRequest,
    async (body) => {
      setFaceError(null)
      const started = await startVerification(body)
      if (started.method === 'sms') return keepPending(started)
      const captured = await requestFacialVerify(started.faceVerifyId ?? '')
      if (!captured.ok) setFaceError(captured.message)
      else await confirmVerification(started.id)
    },
  )
  if (profile?.realName) {
    return (
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>实名核验</Text>
        <Notice tone='success'>{verifiedText(profile.realName)}</Notice>
      </View>
    )
  }
  const live = pending.values.id !== '' && Date.parse(pending.values.expiresAt) > Date.now()
  return (
    <>
      {profile?.realNameMovedAt && (
        <Notice tone='warning'>{verificationNote(profile.realNameMovedAt)}</Notice>
      )}
      {live ? (
        <CodeStep
          pending={pending.values}
          onCode={(code) => pending.setField('code', code)}
          onRestart={pending.clear}
        />
      ) : (
        <DraftFormCard
          title='实名核验'
          form={form}
          successText='请按提示完成核验'
          submitText='获取验证码'
        >
          <Text className='gov-text-secondary'>
            核验后才能使用：我的电子证照、表单自动填写、以法定代表人或经办人身份办理企业业务。
          </Text>
          {faceError !== null && <Notice tone='danger'>{faceError}</Notice>}
          <Field
            name='name'
            label='姓名'
            value={form.values.name}
            placeholder='与身份证上一致'
            maxlength={30}
            error={form.errors.name}
            onInput={(v) => form.setField('name', v)}
          />
          <Field
            name='idNumber'
            label='居民身份证号'
            type='idcard'
            value={form.values.idNumber}
            placeholder='18位，最后一位可能是X'
            maxlength={18}
            hint='核验通过后页面只显示前4位和后4位'
            error={form.errors.idNumber}
            onInput={(v) => form.setField('idNumber', v)}
          />
        </DraftFormCard>
      )}
    </>
  )
}
