import { QINGSHAN_STREETS } from '../../../../src/services/contract'
import type {
  BoolFact,
  Condition,
  EnumFact,
  Leaf,
  NumberFact,
  NumberOp,
  PolicySeed,
} from '../types'

export const num = (fact: NumberFact, op: NumberOp, value: number, clause: string): Leaf => ({
  fact,
  op,
  value,
  clause,
})
export const oneOf = (fact: EnumFact, value: readonly string[], clause: string): Leaf => ({
  fact,
  op: 'in',
  value,
  clause,
})
export const holds = (value: readonly string[], clause: string): Leaf => ({
  fact: 'qualifications',
  op: 'hasAll',
  value,
  clause,
})
export const holdsAny = (value: readonly string[], clause: string): Leaf => ({
  fact: 'qualifications',
  op: 'hasAny',
  value,
  clause,
})
export const yes = (fact: BoolFact, clause: string): Leaf => ({
  fact,
  op: 'is',
  value: true,
  clause,
})
export const all = (...conditions: Condition[]): Condition => ({ all: conditions })
export const any = (clause: string, ...conditions: Condition[]): Condition => ({
  any: conditions,
  clause,
})

export const SME = oneOf(
  'size',
  ['medium', 'small', 'micro'],
  '属于中小微企业（按国家中小企业划型标准）',
)
export const SMALL_MICRO = oneOf('size', ['small', 'micro'], '属于小型、微型企业')
export const INSURED = yes('insurancePaid', '依法参加失业保险并按时足额缴纳')
export const IN_QINGSHAN = oneOf('street', QINGSHAN_STREETS, '注册地及税收关系在青山区')
export const NOT_D: Condition = {
  not: { fact: 'taxCredit', op: 'in', value: ['D'], clause: '纳税信用等级为D级' },
  clause: '纳税信用等级不为D级（未被列为严重失信主体）',
}

type Defaults = 'contact' | 'materials'
export type PolicyInput = Omit<PolicySeed, Defaults> & Partial<Pick<PolicySeed, Defaults>>

const CONTACT = '青山区政务服务中心企业智惠服务专区，或拨打12345政务服务便民热线'

export function policy(input: PolicyInput): PolicySeed {
  return { contact: CONTACT, materials: [], ...input }
}

export const range = (fact: NumberFact, low: number, high: number, clause: string): Leaf => ({
  fact,
  op: 'between',
  value: [low, high],
  clause,
})
