import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Cell } from '../../../components/cell'
import { useFresh } from '../../../hooks/use-fresh'
import { useRemote } from '../../../hooks/use-remote'
import { openPage } from '../../../platform/navigation'
import { useHoldsRole } from '../../../hooks/use-staff-roles'
import { routes } from '../../../utils/routes'
import { listProducts, myApplications } from '../api'
import { STATUS_MARK } from '../model'
import { ProductCard } from './product-card'

export function FinanceHome() {
  const products = useRemote(listProducts, [])
  const mine = useFresh(myApplications, [])
  const staff = useHoldsRole('bank')
  return (
    <View>
      <View className='gov-list gov-section'>
        <Cell
          title='信用自评'
          description='看看企业信用等级和能申请的贷款'
          onClick={() => openPage(routes.financeCredit)}
        />
        {staff && (
          <Cell
            title='银行工作台'
            description='受理本行收到的贷款申请'
            onClick={() => openPage(routes.financeBank)}
          />
        )}
      </View>
      <View className='gov-section'>
        <Text className='gov-section__title'>我的贷款申请</Text>
        <AsyncView
          state={mine.state}
          onRetry={mine.reload}
          skeletonRows={1}
          isEmpty={(items) => items.length === 0}
          empty={<Text>还没有申请。先做信用自评，再选择合适的产品申请。</Text>}
        >
          {(items) => (
            <View>
              {items.map((a) => (
                <View
                  key={a.id}
                  className='gov-list-card'
                  role='button'
                  onClick={() => openPage(routes.financeApplication(a.id))}
                >
                  <Text className='gov-line'>
                    {a.productName} · {a.amount}万元
                  </Text>
                  <Text className='gov-line'>
                    {STATUS_MARK[a.status]} {a.statusText}
                  </Text>
                </View>
              ))}
            </View>
          )}
        </AsyncView>
      </View>
      <Text className='gov-section__title'>政银合作贷款产品</Text>
      <AsyncView state={products.state} onRetry={products.reload}>
        {(items) => (
          <View>
            {items.map((p) => (
              <ProductCard key={p.id} product={p} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
