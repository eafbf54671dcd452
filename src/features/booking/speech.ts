import type { Appointment } from '../../services/contract'
import { speechOf, spelledOut } from '../../utils/speech-text'
import { whenLabel } from './model'

/** What 朗读 says on a booking's 签到码: when and where, then the code itself, slowly. */
export function checkInSpeech(a: Appointment, now: Date): string {
  return speechOf([
    `预约${whenLabel(a, now)}，到${a.pointName}办理${a.itemName}`,
    `签到码：${spelledOut(a.code)}`,
    '到大厅后出示给工作人员扫码，签到后取得排队号',
  ])
}
