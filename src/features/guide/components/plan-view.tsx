import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { ReadAloud } from '../../../components/read-aloud'
import { SampleNote } from '../../../components/sample-badge'
import type { GuidePlan } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'
import { favoriteItem } from '../api'
import { planSpeech, SECTION_ORDER, SECTION_TITLES } from '../model'
import { SentenceRow } from './sentence-row'

type Saved = 'idle' | 'saving' | 'saved' | 'failed'

/** The plan: its sentences by section, each linked to its source, and what to do next. */
export function PlanView({ plan, onLocate }: { plan: GuidePlan; onLocate: () => void }) {
  const [saved, setSaved] = useState<Saved>('idle')
  const favorite = () => {
    setSaved('saving')
    favoriteItem(plan.itemId).then(
      () => setSaved('saved'),
      () => setSaved('failed'),
    )
  }
  return (
    <View className='guide-plan'>
      <View className='gov-card gov-section'>
        <Text className='gov-text-secondary'>办事方案</Text>
        <Text className='guide-plan__title'>{plan.title}</Text>
        <SampleNote
          sample={plan.sample}
          text='方案中有示例事项，仅供演示，以区里公布的实施清单为准'
        />
        <Text className='gov-text-secondary'>每句话都来自办事指南，点一下可以看原文。</Text>
        <ReadAloud text={planSpeech(plan)} />
      </View>
      <View className='gov-card gov-section' aria-label='下一步'>
        <Text className='gov-section__title'>下一步</Text>
        <View className='gov-actions'>
          <GovButton
            block
            onClick={() => openPage(routes.caseApply(plan.apply.kind, plan.apply.id))}
          >
            一键代办：{plan.apply.name}
          </GovButton>
          <GovButton
            variant='secondary'
            icon='calendar'
            block
            onClick={() => openPage(routes.book(plan.itemId))}
          >
            预约到窗口办理：{plan.steps[0]?.name ?? plan.apply.name}
          </GovButton>
          {plan.video && (
            <GovButton
              variant='secondary'
              icon='play'
              block
              onClick={() =>
                plan.video && openPage(routes.mediaVideo(plan.video.videoId, plan.video.chapter))
              }
            >
              看视频讲解
            </GovButton>
          )}
          <GovButton
            variant='secondary'
            icon='star'
            block
            disabled={saved === 'saved'}
            loading={saved === 'saving'}
            onClick={favorite}
          >
            {saved === 'saved' ? '已收藏' : '收藏'}
          </GovButton>
          {saved === 'failed' && (
            <View role='alert'>
              <Text className='gov-text-danger'>收藏没有成功，请检查网络后再点一次</Text>
            </View>
          )}
        </View>
      </View>
      {SECTION_ORDER.map((section) => {
        const sentences = plan.sentences.filter((s) => s.section === section)
        if (sentences.length === 0) return null
        return (
          <View key={section} className='gov-card gov-section' aria-label={SECTION_TITLES[section]}>
            <Text className='gov-section__title'>{SECTION_TITLES[section]}</Text>
            {sentences.map((sentence, index) => (
              <SentenceRow key={index} sentence={sentence} />
            ))}
            {section === 'place' && plan.point?.fromCentre && (
              <GovButton variant='secondary' icon='location' block onClick={onLocate}>
                按我的位置找最近的网点
              </GovButton>
            )}
          </View>
        )
      })}
    </View>
  )
}
