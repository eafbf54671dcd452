import { Notice } from '../../../components/notice'
import { beijing } from '../../../utils/time'

export function DraftResumed({ savedAt }: { savedAt: string | null }) {
  if (savedAt === null) return null
  return (
    <Notice tone='info'>
      已恢复您 {beijing(new Date(savedAt)).format('M月D日 HH:mm')} 未提交的填写内容
    </Notice>
  )
}
