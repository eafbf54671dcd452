import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../../components/async-view'
import { Cell } from '../../../components/cell'
import { Notice } from '../../../components/notice'
import { useFresh } from '../../../hooks/use-fresh'
import { useRemote } from '../../../hooks/use-remote'
import { openPage } from '../../../platform/navigation'
import { useHoldsRole } from '../../../hooks/use-staff-roles'
import { routes } from '../../../utils/routes'
import { listTopics, myConsultations } from '../api'
import { ConsultationList } from './consultation-list'
import './legal.scss'

export function LegalHub() {
  const topics = useRemote(listTopics, [])
  const mine = useFresh(myConsultations, [])
  const staff = useHoldsRole('lawyer')
  return (
    <View>
      <Notice>免费法律咨询：公共法律服务中心值班律师在线答复，也可拨打 12348 热线。</Notice>
      <View className='gov-section'>
        <Text className='gov-section__title'>遇到什么问题？</Text>
        <AsyncView state={topics.state} onRetry={topics.reload} skeletonRows={2}>
          {(items) => (
            <View className='legal-topics'>
              {items.map((topic) => (
                <View
                  key={topic.id}
                  className='legal-topics__tile'
                  role='button'
                  onClick={() => openPage(routes.legalIntake(topic.id))}
                >
                  <Text>{topic.name}</Text>
                </View>
              ))}
            </View>
          )}
        </AsyncView>
      </View>
      <View className='gov-list gov-section'>
        <Cell
          title='法律知识库'
          description='常见问题的答案和法律依据'
          onClick={() => openPage(routes.legalKnowledge)}
        />
        <Cell
          title='问律师'
          description='写下问题，律师在线答复'
          onClick={() => openPage(routes.legalAsk)}
        />
        <Cell
          title='法律援助预审'
          description='看看能否免费请律师，要带什么'
          onClick={() => openPage(routes.legalAid)}
        />
        {staff && (
          <Cell
            title='律师工作台'
            description='答复分配给我的咨询'
            onClick={() => openPage(routes.legalDesk)}
          />
        )}
      </View>
      <View className='gov-section'>
        <Text className='gov-section__title'>我的咨询</Text>
        <AsyncView
          state={mine.state}
          onRetry={mine.reload}
          isEmpty={(list) => list.items.length === 0}
          empty={<Text>还没有咨询。点上方“问律师”提出第一个问题。</Text>}
        >
          {(list) => (
            <View>
              {list.unreadCount > 0 && (
                <Notice tone='success'>律师已回复您 {list.unreadCount} 条咨询，点开查看</Notice>
              )}
              <ConsultationList items={list.items} viewer='user' />
            </View>
          )}
        </AsyncView>
      </View>
    </View>
  )
}
