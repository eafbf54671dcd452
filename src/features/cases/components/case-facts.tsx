import { Text, View } from '@tarojs/components'
import { CallButton } from '../../../components/call-button'
import type { CaseDetail } from '../../../services/contract'
import { formatSize, STATUS_TEXT } from '../model'
import { ClockLine } from './clock-line'

/** Header, 帮办员, and what was submitted (证件号 and 手机号 masked by the server). */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  return (
    <View>
      <View className='gov-card gov-section' aria-label='办件概况'>
        <View className='case-card__head'>
          <Text className='case-card__title'>{detail.title}</Text>
          <Text className={`case-status case-status--${detail.status}`}>
            {STATUS_TEXT[detail.status]}
          </Text>
        </View>
        <Text className='gov-line'>办件编号：{detail.number}</Text>
        {detail.items.length > 1 && (
          <Text className='gov-line'>包含事项：{detail.items.map((i) => i.name).join('、')}</Text>
        )}
        <ClockLine summary={detail} />
        {detail.helper ? (
          <View className='case-helper'>
            <Text className='gov-line'>
              帮办员：{detail.helper.name}（{detail.helper.desk}，电话 {detail.helper.phone}）
            </Text>
            <CallButton phone={detail.helper.phone}>打电话给帮办员{detail.helper.name}</CallButton>
          </View>
        ) : (
          <Text className='gov-line'>帮办员：正在分派</Text>
        )}
        {detail.result && (
          <Text className='case-result'>
            {detail.status === 'refused' ? '不予受理理由：' : '办理结果：'}
            {detail.result}
          </Text>
        )}
      </View>
      <View className='gov-card gov-section' aria-label='申请信息'>
        <Text className='gov-section__title'>申请信息</Text>
        {detail.fields.map((f) => (
          <Text key={f.key} className='gov-line'>
            {f.label}：{f.value || '（未填）'}
          </Text>
        ))}
      </View>
      <View className='gov-card gov-section' aria-label='提交的材料'>
        <Text className='gov-section__title'>提交的材料</Text>
        {detail.materials.map((m) => (
          <Text key={m.materialId} className='gov-line'>
            {m.name}：
            {m.licence
              ? `电子证照 ${m.licence.numberMasked}（${m.licence.issuer}）`
              : m.files.length === 0
                ? '未提交'
                : m.files.map((f) => `${f.name}（${formatSize(f.size)}）`).join('、')}
          </Text>
        ))}
      </View>
    </View>
  )
}
