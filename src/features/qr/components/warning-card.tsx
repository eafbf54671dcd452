import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { callPhone } from '../../../platform/phone'
import './qr.scss'

/** The red page for anything this platform did not sign: nothing opens from here. */
export function WarningCard({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='qr-warning' role='alert' aria-label='非本平台官方二维码'>
      <Text className='qr-warning__title'>✗ 非本平台官方二维码</Text>
      <Text className='qr-warning__text'>{message}</Text>
      <View className='qr-warning__tips'>
        <Text className='gov-line'>· 不要打开码里的链接，不要下载陌生应用</Text>
        <Text className='gov-line'>· 不要输入验证码、银行卡号或密码，不要转账</Text>
        <Text className='gov-line'>· 办事请认准带“✓ 官方码”标志的页面</Text>
      </View>
      <GovButton block onClick={onRetry}>
        重新扫码
      </GovButton>
      <GovButton variant='secondary' block onClick={() => void callPhone('12345')}>
        拨打12345咨询或举报
      </GovButton>
    </View>
  )
}
