import type { PolicySeed } from '../types'
import { CITY_POLICIES } from './city'
import { DISTRICT_POLICIES } from './district'
import { NATIONAL_POLICIES } from './national'
import { REGION_POLICIES } from './region'

/** The real policy set: national, 自治区, 包头市 and 青山区 levels. */
export const POLICIES: readonly PolicySeed[] = [
  ...NATIONAL_POLICIES,
  ...REGION_POLICIES,
  ...CITY_POLICIES,
  ...DISTRICT_POLICIES,
]
