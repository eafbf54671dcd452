import { parseReference } from '../../reference-data'
import type { PolicySeed } from '../types'
import { policyErrors } from '../validate'
import city from './city.json'
import district from './district.json'
import national from './national.json'
import region from './region.json'
import { PoliciesFile } from './schema'

/** One policy file, its shape and then its rules checked: a wrong policy names its file. */
export function loadPolicyFile(name: string, data: unknown): PolicySeed[] {
  const file = `policy/data/${name}.json`
  const { policies } = parseReference(file, PoliciesFile, data)
  const errors = policyErrors(policies)
  if (errors.length > 0) throw new Error(`参考数据 ${file} 有误：\n${errors.join('\n')}`)
  return policies
}

/** The real policy set: national, 自治区, 包头市 and 青山区 levels. */
export const POLICIES: readonly PolicySeed[] = [
  ...loadPolicyFile('national', national),
  ...loadPolicyFile('region', region),
  ...loadPolicyFile('city', city),
  ...loadPolicyFile('district', district),
]
