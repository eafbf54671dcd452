import { useRef, useState } from 'react'
import { SampleNote } from '../../../components/sample-badge'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { replacePage } from '../../../platform/navigation'
import { randomId } from '../../../platform/random'
import type { Bill, UtilityAccount } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { routes } from '../../../utils/routes'
import { payBill } from '../api'
import { periodLabel, yuan } from '../model'
import { InfoRow, SandboxBadge } from './info-row'
import './life.scss'

export function PayConfirm({ account, bill }: { account: UtilityAccount; bill: Bill }) {
  // One key per confirmation: a retry after a lost answer gets the same receipt back.
  const requestKey = useRef(randomId())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      const receipt = await payBill(bill.id, requestKey.current)
      replacePage(routes.lifeReceipt(receipt.id))
    } catch (e) {
      setError(isApiError(e) ? e.message : '支付失败，请稍后重试')
      setBusy(false)
    }
  }
  return (
    <View className='gov-card gov-section'>
      <SandboxBadge />
      <Text className='gov-section__title'>确认缴费</Text>
      <SampleNote sample={bill.sample} text='本账单和金额是示例数据，不是真实收费' />
      <Text className='life-amount'>{yuan(bill.amountCents)}</Text>
      <InfoRow label='缴费项目' value={account.kindName} />
      <InfoRow label='收费单位' value={account.company} />
      <InfoRow label='户号' value={`${account.number}（${account.holder}）`} />
      <InfoRow label='账期' value={periodLabel(bill.period)} />
      {bill.status === 'paid' && <Notice tone='warning'>该账单已缴清，无需重复缴费</Notice>}
      {error !== null && <Notice tone='danger'>{error}</Notice>}
      <GovButton
        block
        loading={busy}
        disabled={bill.status === 'paid'}
        onClick={() => void confirm()}
      >
        确认支付 {yuan(bill.amountCents)}（沙箱）
      </GovButton>
    </View>
  )
}
