import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { GovButton } from '../../../components/gov-button'
import { useFresh } from '../../../hooks/use-fresh'
import { myLicences } from '../api'
import { groupLicences } from '../model'
import { LicenceCard } from './licence-card'
import './ecert.scss'

interface WalletProps {
  /** Whether the user has done 实名: without it only enterprise licences can show. */
  realNamed: boolean
  onRealName: () => void
}

/** 我的电子证照: the user's own and their enterprises' licences, numbers masked. */
export function Wallet({ realNamed, onRealName }: WalletProps) {
  const { state, reload } = useFresh(myLicences, [])
  return (
    <AsyncView
      state={state}
      onRetry={reload}
      isEmpty={(items) => items.length === 0}
      empty={
        <View className='gov-card'>
          <Text className='gov-line'>还没有电子证照。</Text>
          <Text className='gov-text-secondary'>
            {realNamed
              ? '您名下暂无电子证照库收录的证照；办事时请拍照或选择PDF上传材料。'
              : '完成实名认证后，您的居民身份证、执业证书等会自动出现在这里，办事时可免交实体证件。'}
          </Text>
          {!realNamed && <GovButton onClick={onRealName}>去实名认证</GovButton>}
        </View>
      }
    >
      {(items) => (
        <View>
          <Text className='gov-text-secondary ecert-intro'>
            来自包头市电子证照库，号码已隐去中间部分。一键代办时可直接使用，免交实体证件（免证办）；已过期的证照不能使用。
          </Text>
          {groupLicences(items).map((group) => (
            <View key={group.title} className='gov-section'>
              <Text className='gov-section__title'>{group.title}</Text>
              {group.items.map((l) => (
                <LicenceCard key={l.id} licence={l} />
              ))}
            </View>
          ))}
        </View>
      )}
    </AsyncView>
  )
}
