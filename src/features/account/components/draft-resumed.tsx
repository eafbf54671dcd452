import { Notice } from '../../../components/notice'
import { formatDayTime } from '../../../services/contract'

export function DraftResumed({ savedAt }: { savedAt: string | null }) {
  if (savedAt === null) return null
  return <Notice tone='info'>已恢复您 {formatDayTime(savedAt)} 未提交的填写内容</Notice>
}
