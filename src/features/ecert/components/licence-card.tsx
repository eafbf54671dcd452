import { Text, View } from '@tarojs/components'
import type { Licence } from '../../../services/contract'
import { issuedText, validityText } from '../model'

/** One 电子证照: name and state in words, masked number, holder, issuer and validity. */
export function LicenceCard({ licence }: { licence: Licence }) {
  const state = licence.expired ? 'expired' : 'valid'
  return (
    <View className={`gov-card ecert-card ecert-card--${state}`} aria-label={licence.name}>
      <View className='ecert-card__head'>
        <Text className='ecert-card__name'>{licence.name}</Text>
        <Text className={`ecert-card__state ecert-card__state--${state}`}>
          {licence.expired ? '已过期' : '有效'}
        </Text>
      </View>
      <Text className='ecert-card__number'>证照号码 {licence.numberMasked}</Text>
      <Text className='gov-line'>持证人：{licence.holder}</Text>
      <Text className='gov-line'>
        发证机关：{licence.issuer}（{issuedText(licence)}）
      </Text>
      <Text className={`gov-line ecert-card__validity--${state}`}>{validityText(licence)}</Text>
      {licence.facts.map((f) => (
        <Text key={f.label} className='gov-text-secondary'>
          {f.label}：{f.value}
        </Text>
      ))}
    </View>
  )
}
