import { useEffect, type ReactNode } from 'react'
import { SampleNote } from '../../../components/sample-badge'
import { Text, View } from '@tarojs/components'
import { formatChineseDate, type Guide } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { ReadAloud } from '../../../components/read-aloud'
import { openPage, scrollToElement } from '../../../platform/navigation'
import { callPhone } from '../../../platform/phone'
import { routes } from '../../../utils/routes'
import {
  legalDaysText,
  promiseLabel,
  SCOPE_LABELS,
  TYPE_LABELS,
  visitsLabel,
  type GuidePart,
} from '../model'
import { guideSpeech } from '../speech'
import { FavoriteButton } from './favorite-button'
import { MaterialList } from './material-list'
import { VideoExplainButton } from './video-explain-button'
import './guide-view.scss'

const partId = (part: GuidePart) => `guide-${part}`

/** A card; the one a link pointed at (`focus`) is marked, so the eye finds it after the scroll. */
function Section({
  title,
  part,
  focus,
  children,
}: {
  title: string
  part?: GuidePart
  focus?: GuidePart | null
  children: ReactNode
}) {
  const focused = part !== undefined && part === focus
  return (
    <View
      id={part && partId(part)}
      className={`gov-card gov-section${focused ? ' guide-view__focus' : ''}`}
      aria-label={focused ? `${title}（您要找的部分）` : title}
    >
      <Text className='gov-section__title'>{title}</Text>
      {children}
    </View>
  )
}

function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <View className='guide-view__lines'>
      {lines.map((line, i) => (
        <Text key={i}>
          {lines.length > 1 ? `${i + 1}. ` : ''}
          {line}
        </Text>
      ))}
    </View>
  )
}

/** 办事指南: every field of the national guide template, one card each; `focus` scrolls to one. */
export function GuideView({ guide, focus = null }: { guide: Guide; focus?: GuidePart | null }) {
  const { item } = guide
  useEffect(() => {
    if (focus) scrollToElement(`#${partId(focus)}`)
  }, [focus])
  return (
    <View className='guide-view'>
      <View
        id={partId('overview')}
        className={`gov-card gov-section${focus === 'overview' ? ' guide-view__focus' : ''}`}
      >
        <Text className='guide-view__name'>{item.name}</Text>
        <SampleNote
          sample={item.sample}
          text='本指南由系统按事项类型生成，仅供演示，以区里公布的实施清单为准'
        />
        <Text className='gov-text-secondary'>
          {TYPE_LABELS[item.type]} · {item.category} · {item.department}
        </Text>
        {guide.updatedOn && (
          <Text className='gov-text-secondary'>
            本指南更新于{formatChineseDate(guide.updatedOn)}
          </Text>
        )}
        <ReadAloud text={guideSpeech(guide)} />
        <View className='guide-view__facts'>
          <Text>承诺时限：{promiseLabel(item.promisedDays)}</Text>
          <Text>到现场次数：{visitsLabel(item.visits)}</Text>
          <Text>收费：{guide.fee}</Text>
          {item.scopes.length > 0 && (
            <Text>通办：{item.scopes.map((s) => SCOPE_LABELS[s]).join('、')}</Text>
          )}
        </View>
        <View className='gov-actions'>
          {guide.places.length > 0 && (
            <GovButton block onClick={() => openPage(routes.book(item.id))}>
              预约办理
            </GovButton>
          )}
          {item.type !== 'ex_officio' && (
            <GovButton
              variant={guide.places.length > 0 ? 'secondary' : 'primary'}
              block
              onClick={() => openPage(routes.caseApply('item', item.id))}
            >
              一键代办（网上提交材料）
            </GovButton>
          )}
          <VideoExplainButton itemId={item.id} />
          <FavoriteButton itemId={item.id} initial={guide.favorite} />
        </View>
      </View>
      {guide.bundles.length > 0 && (
        <Section title='可与其他事项一起办'>
          {guide.bundles.map((b) => (
            <GovButton
              key={b.id}
              variant='secondary'
              block
              onClick={() => openPage(routes.bundle(b.id))}
            >
              {b.name}
            </GovButton>
          ))}
        </Section>
      )}
      <Section title='申请条件'>
        <Lines lines={guide.conditions} />
      </Section>
      <Section title='申报材料' part='materials' focus={focus}>
        <MaterialList materials={guide.materials.map((material) => ({ material }))} />
      </Section>
      <Section title='办理流程' part='steps' focus={focus}>
        {guide.steps.map((step, i) => (
          <View key={i} className='guide-view__step'>
            <Text className='guide-view__step-title'>
              第{i + 1}步 {step.title}
            </Text>
            <Text>{step.detail}</Text>
          </View>
        ))}
      </Section>
      <Section title='办理地点与时间' part='places' focus={focus}>
        {guide.places.map((place) => (
          <View
            key={place.pointId}
            className='guide-view__place'
            role='button'
            aria-label={place.name}
            onClick={() => openPage(routes.pointDetail(place.pointId))}
          >
            <Text className='guide-view__step-title'>{place.name}</Text>
            <Text className='gov-text-secondary'>{place.window}</Text>
            <Text className='gov-text-secondary'>{place.address}</Text>
          </View>
        ))}
        <GovButton variant='secondary' block onClick={() => openPage(routes.nearby(item.id))}>
          找离我最近的办理网点
        </GovButton>
      </Section>
      <Section title='设定依据'>
        <Lines lines={guide.basis} />
      </Section>
      <Section title='常见问题'>
        {guide.faqs.map((faq, i) => (
          <View key={i} className='guide-view__step'>
            <Text className='guide-view__step-title'>问：{faq.q}</Text>
            <Text>答：{faq.a}</Text>
          </View>
        ))}
      </Section>
      <Section title='事项信息'>
        <Text className='gov-line'>{legalDaysText(guide.legalDays)}</Text>
        <Text className='gov-text-secondary'>实施编码（窗口查询用）：{item.code}</Text>
      </Section>
      <Section title='咨询与投诉'>
        <Text className='gov-line'>咨询电话：{guide.consultPhone}</Text>
        <Text className='gov-line'>投诉方式：{guide.complaint}</Text>
        <GovButton variant='secondary' onClick={() => void callPhone(guide.consultPhone)}>
          电话咨询 {guide.consultPhone}
        </GovButton>
      </Section>
    </View>
  )
}
