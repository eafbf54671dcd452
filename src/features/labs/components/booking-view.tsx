import { Text, View } from '@tarojs/components'
import type { SamplingBooking, TestingReport } from '../../../services/contract'
import { formatDay, formatDayTime } from '../../../services/contract'
import { useRecord } from '../../../hooks/use-record'
import { ReportForm } from './report-form'
import './labs.scss'

function ReportView({ report }: { report: TestingReport }) {
  return (
    <View className='gov-card gov-section'>
      <Text className='gov-section__title'>检测报告</Text>
      <Text className='gov-line'>点位/样品：{report.place}</Text>
      {report.items.map((item) => (
        <Text key={item.name} className={`lab-item${item.passed ? '' : ' lab-item--over'}`}>
          {item.passed ? '✓' : '✗ 超标'} {item.name} {item.value} {item.unit}（限值 ≤{item.limit}）
        </Text>
      ))}
      {report.passed !== null && (
        <Text className='gov-line'>
          {report.passed ? '✓ 检测项目均符合标准' : '✗ 有项目超过标准限值'}
        </Text>
      )}
      <Text className='gov-line'>结论：{report.conclusion}</Text>
      <Text className='gov-text-secondary'>依据：{report.standard}</Text>
      <Text className='gov-text-secondary'>出具时间：{formatDayTime(report.issuedAt)}</Text>
    </View>
  )
}

export function BookingView({ initial }: { initial: SamplingBooking }) {
  const [booking, setBooking] = useRecord(initial)
  return (
    <View>
      <View className='gov-card gov-section'>
        <Text className='gov-section__title'>{booking.serviceName}</Text>
        <Text className='gov-text-secondary'>{booking.labName}</Text>
        <Text className='gov-line'>
          上门采样：{formatDay(booking.date)} {booking.slotText}
        </Text>
        <Text className='gov-line'>地址：{booking.address}</Text>
        <Text className='gov-line'>
          联系人：{booking.contact} {booking.phone}
        </Text>
        <Text className='gov-line'>
          {booking.status === 'reported' ? '✓ 报告已出具' : '… 待上门采样，报告出具后在此查看'}
        </Text>
      </View>
      {booking.report !== null && <ReportView report={booking.report} />}
      {booking.canReport && <ReportForm booking={booking} onIssued={setBooking} />}
    </View>
  )
}
