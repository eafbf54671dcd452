import { Text, View } from '@tarojs/components'
import type { Inspection } from '../../../services/contract'

/** 材料体检 result: a score, then every problem in words so one trip is enough. */
export function ReadinessCard({ inspection, shown }: { inspection: Inspection; shown: boolean }) {
  const blocking = inspection.issues.filter((i) => i.severity === 'block')
  const hints = inspection.issues.filter((i) => i.severity === 'warn')
  const verdict = inspection.ready
    ? hints.length > 0
      ? '可以提交，建议先处理提示项'
      : '材料齐全，可以提交'
    : `还有${blocking.length}项需要处理${shown ? '，见下面的清单' : '，点“材料体检”逐项查看'}`
  return (
    <View className='gov-card gov-section case-readiness' aria-label='材料体检'>
      <View className='case-readiness__head'>
        <Text className='case-readiness__title'>材料体检</Text>
        <Text className='case-readiness__score'>{inspection.score}分</Text>
      </View>
      <Text className='gov-line'>{verdict}</Text>
      {shown &&
        [...blocking, ...hints].map((issue) => (
          <Text
            key={issue.target}
            className={`case-readiness__issue case-readiness__issue--${issue.severity}`}
          >
            {issue.severity === 'block' ? '✗' : '!'} {issue.label}：{issue.message}
          </Text>
        ))}
    </View>
  )
}
