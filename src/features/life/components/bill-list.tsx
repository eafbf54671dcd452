import { Text, View } from '@tarojs/components'
import { SampleNote } from '../../../components/sample-badge'
import { GovButton } from '../../../components/gov-button'
import { openPage } from '../../../platform/navigation'
import type { BillList as Bills } from '../../../services/contract'
import { beijing } from '../../../services/contract'
import { routes } from '../../../utils/routes'
import { isOverdue, periodLabel, yuan } from '../model'
import { InfoRow } from './info-row'
import { formatDay } from '../../../services/contract'
import './life.scss'

export function BillList({ bills }: { bills: Bills }) {
  const { account } = bills
  const today = beijing(new Date()).format('YYYY-MM-DD')
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>{account.kindName}</Text>
        <SampleNote sample={account.sample} text='本户号、账单和金额是示例数据，不是真实收费' />
        <InfoRow label='收费单位' value={account.company} />
        <InfoRow label='户号' value={account.number} />
        <InfoRow label='户名' value={account.holder} />
        <InfoRow label='地址' value={account.address} />
      </View>
      <Text className='gov-section__title'>账单</Text>
      {bills.items.map((bill) => (
        <View key={bill.id} className='gov-card gov-section'>
          <Text className='gov-line'>{periodLabel(bill.period)}</Text>
          <Text className='gov-text-secondary'>{bill.description}</Text>
          <Text className='life-amount'>{yuan(bill.amountCents)}</Text>
          {bill.status === 'paid' ? (
            <View>
              <Text className='gov-line'>✓ 已缴清</Text>
              {bill.paymentId !== null && (
                <GovButton
                  variant='secondary'
                  onClick={() => openPage(routes.lifeReceipt(bill.paymentId ?? ''))}
                >
                  查看回执
                </GovButton>
              )}
            </View>
          ) : (
            <View>
              <Text
                className={isOverdue(bill.dueDate, today) ? 'gov-line gov-text-danger' : 'gov-line'}
              >
                {isOverdue(bill.dueDate, today)
                  ? `! 已过缴费期限（${formatDay(bill.dueDate)}）`
                  : `缴费期限 ${formatDay(bill.dueDate)}`}
              </Text>
              <GovButton block onClick={() => openPage(routes.lifePay(account.id, bill.id))}>
                缴费 {yuan(bill.amountCents)}
              </GovButton>
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
