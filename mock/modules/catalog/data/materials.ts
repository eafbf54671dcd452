import { BUSINESS_MATERIALS } from './materials-business'
import { PERSONAL_MATERIALS } from './materials-personal'
import type { MaterialSeed } from './types'

/**
 * The shared material library. Items refer to entries by key, so a bundle's members that need
 * the same 居民身份证 show it once. `ecert` marks the licences 青山区电子证照库 can supply (免证办).
 */
const LIBRARY = { ...PERSONAL_MATERIALS, ...BUSINESS_MATERIALS }

export type MaterialRef = keyof typeof LIBRARY

export const materialSeeds: MaterialSeed[] = Object.entries(LIBRARY).map(([id, entry]) => ({
  id,
  ...entry,
}))

export const materialIds: ReadonlySet<string> = new Set(Object.keys(LIBRARY))
