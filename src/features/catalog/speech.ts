import type { Guide } from '../../services/contract'
import { speechOf } from '../../utils/speech-text'
import { promiseLabel, visitsLabel } from './model'

/** What 朗读 says for a 办事指南: the parts a caller at a window would be told, in that order. */
export function guideSpeech(guide: Guide): string {
  const { item } = guide
  const place = guide.places[0]
  return speechOf([
    item.name,
    `承诺时限：${promiseLabel(item.promisedDays)}；${visitsLabel(item.visits)}；收费：${guide.fee}`,
    guide.conditions.length > 0 && `申请条件：${guide.conditions.join('；')}`,
    guide.materials.length > 0 &&
      `要带的材料共${guide.materials.length}项：${guide.materials.map((m) => m.name).join('、')}`,
    place && `办理地点：${place.name}，${place.address}，${place.window}`,
    `咨询电话：${guide.consultPhone.replace(/\D/g, '').split('').join(' ')}`,
  ])
}
