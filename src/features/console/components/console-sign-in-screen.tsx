import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ConsoleSignInPreview } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { isApiError } from '../../../services/http'
import { confirmConsoleSignIn, previewConsoleSignIn, refuseConsoleSignIn } from '../api'
import './console.scss'

type Outcome = 'confirmed' | 'refused'

/** 管理后台扫码登录: which browser asks, then 确认 or 拒绝 (administrators only). */
export function ConsoleSignInScreen({ code }: { code: string }) {
  const [preview, setPreview] = useState<ConsoleSignInPreview | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
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
  useEffect(() => {
    void run(async () => setPreview(await previewConsoleSignIn(code)))
  }, [code])
  const decide = (confirm: boolean) =>
    run(async () => {
      const { status } = await (confirm ? confirmConsoleSignIn(code) : refuseConsoleSignIn(code))
      setOutcome(status)
    })

  if (outcome !== null) {
    return (
      <View className='gov-card gov-section' role='status'>
        <Text className='gov-section__title'>
          {outcome === 'confirmed' ? '已确认，电脑上的管理后台即将登录' : '已拒绝这次登录'}
        </Text>
        <Text className='gov-text-secondary'>
          {outcome === 'confirmed'
            ? '不用时请在管理后台点“退出登录”；公共电脑用完务必退出。'
            : '如果不是您本人在登录，请告诉政数局管理员。'}
        </Text>
      </View>
    )
  }
  return (
    <View>
      {preview && (
        <View className='gov-card gov-section' aria-label='登录请求'>
          <Text className='gov-section__title'>在 {preview.browser} 上登录管理后台?</Text>
          <Text className='gov-line'>电脑的网络地址：{preview.ip}</Text>
          <Text className='gov-text-secondary'>
            请确认是您本人正在这台电脑前操作；不认识的请求请点“拒绝”。
          </Text>
          <View className='console-actions'>
            <GovButton loading={sending} onClick={() => void decide(true)}>
              确认
            </GovButton>
            <GovButton variant='secondary' disabled={sending} onClick={() => void decide(false)}>
              拒绝
            </GovButton>
          </View>
        </View>
      )}
      {failure !== null && <Notice tone='danger'>{failure}</Notice>}
    </View>
  )
}
