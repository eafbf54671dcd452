import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { InviteClaimed } from '../../../services/contract'
import { Field } from '../../../components/field'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { scanCode } from '../../../platform/scan'
import { isApiError } from '../../../services/http'
import { claimStaffInvite } from '../api'
import './console.scss'

/** 认领工作人员邀请码: the 8 digits the administrator gave, or its QR code. */
export function InviteClaimScreen({ scanned }: { scanned?: string }) {
  const [text, setText] = useState('')
  const [claimed, setClaimed] = useState<InviteClaimed | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  const claim = async (code: string) => {
    setSending(true)
    setFailure(null)
    try {
      setClaimed(await claimStaffInvite(code))
    } catch (error) {
      setFailure(isApiError(error) ? error.message : '网络不稳定，请重试')
    } finally {
      setSending(false)
    }
  }
  const scan = async () => {
    const result = await scanCode()
    if (result.ok) void claim(result.text)
    else setFailure(result.message)
  }
  useEffect(() => {
    if (scanned) void claim(scanned)
  }, [scanned])

  if (claimed) {
    return (
      <View className='gov-card gov-section' role='status'>
        <Text className='gov-section__title'>已加入工作人员名单：{claimed.name}</Text>
        <Text className='gov-line'>您的用户编号：{claimed.userId}</Text>
        <Text className='gov-text-secondary'>
          {claimed.invitedBy ? `${claimed.invitedBy.nickname}` : '管理员'}
          为您开通岗位角色后，“我的”页面会出现对应的工作入口。
        </Text>
      </View>
    )
  }
  return (
    <View className='gov-card gov-section'>
      <Field
        name='code'
        label='邀请码'
        type='number'
        value={text}
        placeholder='管理员给您的8位数字'
        maxlength={9}
        hint='邀请码72小时内有效，只能认领一次'
        onInput={setText}
      />
      <View className='console-actions'>
        <GovButton loading={sending} onClick={() => void claim(text)}>
          认领
        </GovButton>
        <GovButton variant='secondary' onClick={() => void scan()}>
          扫描邀请二维码
        </GovButton>
      </View>
      {failure !== null && <Notice tone='danger'>{failure}</Notice>}
    </View>
  )
}
