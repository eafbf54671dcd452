import * as z from 'zod/mini'
import { parseReference, provenance } from '../../reference-data'
import file from './reference/scenes.json'

/**
 * Life-event scenes (主题服务): the 个人 and 法人 生命周期 the 事项清单 is sorted by, in
 * scenes.json. Item and vocabulary files name scenes from these lists; loading them checks it, so
 * a typo fails the seed instead of making a lonely facet.
 */
const ScenesFile = z.object({
  ...provenance,
  scenes: z.object({ personal: z.array(z.string()), enterprise: z.array(z.string()) }),
})

const { scenes } = parseReference('catalog/data/reference/scenes.json', ScenesFile, file)

export const PERSONAL_SCENES: readonly string[] = scenes.personal
export const ENTERPRISE_SCENES: readonly string[] = scenes.enterprise
export const ALL_SCENES = [...PERSONAL_SCENES, ...ENTERPRISE_SCENES] as [string, ...string[]]

export type Scene = string
