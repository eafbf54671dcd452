import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { openPage } from '../../../platform/navigation'
import { KNOWN_ITEMS } from '../../../utils/known-items'
import { routes } from '../../../utils/routes'

/**
 * 医保缴费 is not a utility bill: the 城乡居民医保 premium is collected by the tax office through its
 * own channels, so this page only says where and how, and opens the guide with the details.
 */
export function MedicalPremium() {
  return (
    <View className='gov-card gov-section' aria-label='医保缴费'>
      <Text className='gov-section__title'>医保缴费</Text>
      <Text className='gov-line'>
        城乡居民医保费由税务部门收取，不能在本页缴纳。可以在微信“蒙速办”、内蒙古税务APP、银行APP，
        或到社区便民服务站、税务自助服务机缴纳；输入参保人身份证号就能替家里老人交。
      </Text>
      <Text className='gov-text-secondary'>职工医保由单位按月代扣，不用自己交。</Text>
      <View className='life-premium__action'>
        <GovButton
          variant='secondary'
          onClick={() => openPage(routes.guide(KNOWN_ITEMS.medicalPremium))}
        >
          看医保缴费办法
        </GovButton>
      </View>
    </View>
  )
}
