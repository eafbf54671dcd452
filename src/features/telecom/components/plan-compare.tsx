import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Chips } from '../../../components/chips'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { SampleBadge } from '../../../components/sample-badge'
import { useRemote } from '../../../hooks/use-remote'
import { openPage } from '../../../platform/navigation'
import type { PlanKind } from '../../../services/contract'
import { routes } from '../../../utils/routes'
import { listPlans } from '../api'
import { bandwidthText, MAX_COMPARE, toggleCompare } from '../model'
import { CompareTable } from './compare-table'

const KINDS: readonly { value: PlanKind | undefined; text: string }[] = [
  { value: 'home', text: '家庭宽带' },
  { value: 'line', text: '企业专线' },
  { value: 'bundle', text: '融合套餐' },
]

export function PlanCompare() {
  const [kind, setKind] = useState<PlanKind | undefined>('home')
  const [selected, setSelected] = useState<string[]>([])
  const { state, reload } = useRemote(() => listPlans(kind), [kind])
  return (
    <View>
      <Notice>
        三大运营商已进驻区政务服务中心网络通信综合受理窗口。价格为示例，以营业厅为准。
      </Notice>
      <Chips
        label='套餐类型'
        options={KINDS}
        value={kind}
        onChange={(k) => {
          setKind(k)
          setSelected([])
        }}
      />
      <AsyncView state={state} onRetry={reload}>
        {(plans) => {
          const chosen = plans.filter((p) => selected.includes(p.id))
          return (
            <View>
              {chosen.length >= 2 ? (
                <CompareTable plans={chosen} />
              ) : (
                <Text className='gov-text-secondary'>
                  选2至{MAX_COMPARE}个套餐“加入比价”，并排比较首年花费。
                </Text>
              )}
              {plans.map((plan) => {
                const inCompare = selected.includes(plan.id)
                return (
                  <View key={plan.id} className='gov-card gov-section'>
                    <Text className='gov-section__title'>
                      {plan.name}
                      <SampleBadge sample={plan.sample} />
                    </Text>
                    <Text className='gov-text-secondary'>
                      {plan.operatorName} · {bandwidthText(plan.bandwidthMbps)} · 合约
                      {plan.contractMonths}个月
                    </Text>
                    <Text className='gov-line'>
                      月费 {plan.monthlyYuan}元，安装费 {plan.installFeeYuan}元，首年合计{' '}
                      {plan.firstYearYuan}元
                    </Text>
                    <Text className='gov-line'>赠送：{plan.extras.join('、')}</Text>
                    <View className='telecom-actions'>
                      <GovButton
                        variant='secondary'
                        onClick={() => setSelected((s) => toggleCompare(s, plan.id))}
                      >
                        {inCompare
                          ? `✓ 已加入比价：${plan.name}（点此移出）`
                          : `加入比价：${plan.name}`}
                      </GovButton>
                      <GovButton onClick={() => openPage(routes.telecomRequest(plan.id))}>
                        办理{plan.name}
                      </GovButton>
                    </View>
                  </View>
                )
              })}
            </View>
          )
        }}
      </AsyncView>
    </View>
  )
}
