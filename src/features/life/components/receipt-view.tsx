import { Text, View } from '@tarojs/components'
import { SampleNote } from '../../../components/sample-badge'
import { Notice } from '../../../components/notice'
import type { Receipt } from '../../../services/contract'
import { formatDayTime } from '../../../services/contract'
import { periodLabel, yuan } from '../model'
import { InfoRow } from './info-row'
import './life.scss'

export function ReceiptView({ receipt }: { receipt: Receipt }) {
  return (
    <View className='gov-card gov-section'>
      <Notice tone='success'>缴费成功（沙箱演示，未真实扣款）</Notice>
      <Text className='gov-section__title'>缴费回执</Text>
      <SampleNote sample={receipt.sample} text='户号、账单和金额是示例数据，不是真实收费' />
      <Text className='life-amount'>{yuan(receipt.amountCents)}</Text>
      <InfoRow label='回执号' value={receipt.receiptNo} />
      <InfoRow label='缴费项目' value={receipt.kindName} />
      <InfoRow label='收费单位' value={receipt.company} />
      <InfoRow label='户号' value={`${receipt.accountNumber}（${receipt.holder}）`} />
      <InfoRow label='账期' value={periodLabel(receipt.period)} />
      <InfoRow label='缴费时间' value={formatDayTime(receipt.paidAt)} />
      <InfoRow label='支付方式' value='沙箱支付（演示）' />
    </View>
  )
}
