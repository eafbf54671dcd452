import type { Bundle, Guide } from '../../services/contract'
import { speechOf } from '../../utils/speech-text'
import { bundleSavings, promiseLabel, visitsLabel } from './model'
import { bundleTimingLines } from './bundle-timing'

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
    guide.steps.length > 0 &&
      `办理流程共${guide.steps.length}步：${guide.steps
        .map((s, i) => `第${i + 1}步，${s.title}${s.detail ? `，${s.detail}` : ''}`)
        .join('；')}`,
    place && `办理地点：${place.name}，${place.address}，${place.window}`,
    `咨询电话：${guide.consultPhone.replace(/\D/g, '').split('').join(' ')}`,
  ])
}

/** What 朗读 says for a 一件事: what it is, how it compares with doing the items one by one, what is in it. */
export function bundleSpeech(bundle: Bundle): string {
  const savings = bundleSavings(bundle)
  const timing = bundleTimingLines(bundle)
  return speechOf([
    bundle.name,
    bundle.description,
    timing.together,
    timing.separately,
    timing.verdict,
    `材料从${savings.separateMaterials}份合并为${savings.mergedMaterials}份`,
    `包含${bundle.items.length}个事项：${bundle.items.map((i) => i.name).join('、')}`,
  ])
}
