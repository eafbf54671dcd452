import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ActingGrant } from '../../../services/contract'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useDraft } from '../../../hooks/use-draft'
import { scanCode } from '../../../platform/scan'
import { isApiError } from '../../../services/http'
import { claimGrant, previewClaim } from '../api'
import { whenText } from '../model'
import './family.scss'

function Preview({ grant }: { grant: ActingGrant }) {
  return (
    <View className='gov-card gov-section' aria-label='授权内容'>
      <Text className='gov-section__title'>{grant.grantorName} 请您帮忙办事</Text>
      <Text className='gov-line'>您的身份：{grant.relation}</Text>
      <Text className='gov-line'>可以代办：{grant.items.map((i) => i.name).join('、')}</Text>
      <Text className='gov-line'>有效期到：{whenText(grant.validUntil)}</Text>
      <Text className='gov-text-secondary'>
        您替家人办的每件事都会记在家人名下，家人能看到代办记录，也可以随时撤销授权。
      </Text>
    </View>
  )
}

/** 代家人办: type the digits heard on the phone (or scan the code), check whose it is, accept. */
export function ClaimScreen({
  scanned,
  onClaimed,
}: {
  /** A code scanned outside this page, checked at once. */
  scanned?: string
  onClaimed: (grant: ActingGrant) => void
}) {
  const draft = useDraft('family.claim', { code: '' })
  const [text, setText] = useState(draft.values.code)
  /** The code being checked: the typed digits or a scanned link. */
  const [preview, setPreview] = useState<{ code: string; grant: ActingGrant } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  const run = async (action: () => Promise<void>) => {
    setSending(true)
    setFailure(null)
    try {
      await action()
    } catch (error) {
      setFailure(isApiError(error) ? error.message : '网络不稳定，请重试')
    } finally {
      setSending(false)
    }
  }
  const check = (code: string) =>
    run(async () => {
      setPreview({ code, grant: await previewClaim(code) })
    })
  const scan = async () => {
    const result = await scanCode()
    if (result.ok) void check(result.text)
    else setFailure(result.message)
  }
  useEffect(() => {
    if (scanned) void check(scanned)
    // Only the code the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scanned])
  const accept = () =>
    run(async () => {
      const grant = await claimGrant(preview?.code ?? text)
      draft.clear()
      onClaimed(grant)
    })

  return (
    <View>
      {preview === null ? (
        <View className='gov-card gov-section'>
          <Field
            name='code'
            label='授权码'
            type='number'
            value={text}
            placeholder='家人念给您的8位数字'
            maxlength={9}
            hint='授权码10分钟内有效；家人可以在“亲情代办”里重新出示'
            onInput={(code) => {
              setText(code)
              draft.setField('code', code)
            }}
          />
          <View className='family-actions'>
            <GovButton loading={sending} onClick={() => void check(text)}>
              查看授权
            </GovButton>
            <GovButton variant='secondary' onClick={() => void scan()}>
              扫家人手机上的二维码
            </GovButton>
          </View>
        </View>
      ) : (
        <View>
          <Preview grant={preview.grant} />
          <View className='family-actions'>
            <GovButton loading={sending} onClick={() => void accept()}>
              确认接受
            </GovButton>
            <GovButton variant='secondary' onClick={() => setPreview(null)}>
              上一步：重新输入
            </GovButton>
          </View>
        </View>
      )}
      {failure !== null && <Notice tone='danger'>{failure}</Notice>}
    </View>
  )
}
