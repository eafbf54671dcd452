import { Text, View } from '@tarojs/components'
import type { Licence, Material } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { licenceHint } from '../model'

interface LicenceChoiceProps {
  material: Material
  licences: readonly Licence[]
  chosen: string | null
  onChoose: (licenceId: string | null) => void
}

/**
 * 免证办: offers the user's own licence of the kind the material asks for, by name and masked
 * number; says in words when there is none, or only an expired one, and how to upload instead.
 */
export function LicenceChoice({ material, licences, chosen, onChoose }: LicenceChoiceProps) {
  if (chosen) {
    return (
      <GovButton variant='plain' onClick={() => onChoose(null)}>
        改为上传文件
      </GovButton>
    )
  }
  const usable = licences.filter((l) => !l.expired)
  return (
    <>
      {usable.map((l) => (
        <GovButton key={l.id} variant='plain' onClick={() => onChoose(l.id)}>
          使用电子证照：{l.name} {l.numberMasked}
        </GovButton>
      ))}
      {usable.length === 0 && (
        <View className='case-material__ecert-hint'>
          <Text>{licenceHint(material, licences, new Date())}</Text>
        </View>
      )}
    </>
  )
}

export function ChosenLicence({ licence }: { licence: Licence | undefined }) {
  return (
    <Text className='case-material__state'>
      ✓ 使用电子证照{licence ? `：${licence.name} ${licence.numberMasked}` : ''}，无需上传
    </Text>
  )
}
