import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { useElderMode } from '../../../hooks/use-elder-mode'
import { isWeapp } from '../../../platform/env'
import { openPage } from '../../../platform/navigation'
import { needsConsent, useConsent } from '../../../stores/consent'
import { routes } from '../../../utils/routes'
import { PRIVACY_POLICY } from '../privacy-policy'
import './consent-gate.scss'

/**
 * Asks for privacy consent once per policy version. On WeChat the native `privacy-consent`
 * component does it (its 同意 button must be a native agreePrivacyAuthorization button);
 * on H5 this card records the version itself.
 */
export function ConsentGate() {
  const { agreedVersion, agree } = useConsent()
  const elder = useElderMode()
  const required = needsConsent(agreedVersion)
  if (isWeapp) {
    return (
      <privacy-consent
        version={PRIVACY_POLICY.version}
        required={required}
        elder={elder}
        onAgree={() => agree()}
      />
    )
  }
  if (!required) return null
  return (
    <View className='consent-gate gov-card' role='region' aria-label='隐私保护提示'>
      <Text className='gov-section__title'>隐私保护提示</Text>
      <Text>
        使用前请阅读《{PRIVACY_POLICY.title}》（{PRIVACY_POLICY.version}{' '}
        版）。我们只在您办理业务时收集必要信息，身份证号、手机号全程打码显示。
      </Text>
      <View className='consent-gate__actions'>
        <GovButton onClick={() => agree()}>同意并继续</GovButton>
        <GovButton variant='secondary' onClick={() => openPage(routes.privacy)}>
          查看全文
        </GovButton>
      </View>
    </View>
  )
}
