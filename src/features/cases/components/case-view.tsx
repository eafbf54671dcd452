import { Text, View } from '@tarojs/components'
import type { CaseDetail } from '../../../services/contract'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { useRecord } from '../../../hooks/use-record'
import { CaseFacts } from './case-facts'
import { RatingCard } from './rating-card'
import { Timeline } from './timeline'

/** The applicant's view: the 补正 list first when there is one, then facts and the timeline. */
export function CaseView({
  initial,
  justSubmitted,
  onCorrect,
  onComplain,
}: {
  initial: CaseDetail
  justSubmitted: boolean
  onCorrect: () => void
  onComplain: () => void
}) {
  const [detail, setDetail] = useRecord(initial)
  const closed = detail.status === 'finished' || detail.status === 'refused'
  return (
    <View>
      {justSubmitted && detail.status === 'submitted' && (
        <Notice tone='success'>
          已提交，办件编号 {detail.number}。帮办员会尽快受理，进度可在“我的办件”查看。
        </Notice>
      )}
      {detail.clock.overdue && detail.status === 'accepted' && (
        <Notice
          tone='danger'
          action={
            <GovButton variant='secondary' onClick={onComplain}>
              一键投诉（自动带入本办件）
            </GovButton>
          }
        >
          该办件已超出承诺时限仍未办结。
        </Notice>
      )}
      {detail.status === 'correction' && (
        <View className='gov-card gov-section case-corrections' aria-label='补正清单'>
          <Text className='gov-section__title'>需要补正（共{detail.corrections.length}项）</Text>
          {detail.corrections.map((c) => (
            <Text key={c.target} className='gov-line'>
              • {c.label}：{c.reason}
            </Text>
          ))}
          <GovButton block onClick={onCorrect}>
            去补正
          </GovButton>
        </View>
      )}
      <CaseFacts detail={detail} />
      {closed && <RatingCard detail={detail} onRated={setDetail} />}
      <Timeline events={detail.timeline} />
      <GovButton variant='plain' onClick={onComplain}>
        对本办件有意见？投诉或建议
      </GovButton>
    </View>
  )
}
