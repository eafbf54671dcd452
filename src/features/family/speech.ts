import type { Grant } from '../../services/contract'
import { speechOf, spelledOut } from '../../utils/speech-text'
import { granteeLabel, whenText } from './model'

/** What 朗读 says on the 亲情代办 code page: who may act, the digits, and until when. */
export function grantCodeSpeech(grant: Grant): string {
  const code = grant.code
  return speechOf([
    `授权给${granteeLabel(grant)}，可以办：${grant.items.map((i) => i.name).join('、')}`,
    code === null
      ? null
      : code.expired
        ? '这个授权码已过期，请重新出示一个新的'
        : `授权码：${spelledOut(code.digits)}。请对方在“我的”里的“代家人办”输入，${whenText(code.expiresAt)}前有效`,
  ])
}
