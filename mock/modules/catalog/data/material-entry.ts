import type { MaterialForm } from '../../../../src/services/contract'
import type { MaterialSeed } from './types'

export type Entry = Omit<MaterialSeed, 'id'>

export const m = (
  name: string,
  form: MaterialForm,
  copies: number,
  ecert: boolean,
  sample: string | null = null,
  note: string | null = null,
): Entry => ({ name, form, copies, ecert, sample, note })

export const COPY_RULE = '复印件须正反面复印在同一张A4纸上，注明“与原件一致”并签名'
export const SIGN_RULE = '用黑色签字笔或钢笔填写，不得涂改；个人签名须本人手写，单位须加盖公章'
