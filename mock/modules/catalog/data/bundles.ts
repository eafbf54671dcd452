import * as z from 'zod/mini'
import { Audience } from '../../../../src/services/contract'
import { parseReference, provenance } from '../../reference-data'
import file from './reference/bundles.json'
import { FieldKey } from './schema'
import { ALL_SCENES } from './scenes'
import type { BundleSeed } from './types'

/**
 * 高效办成一件事 (bundles.json): items handled as one, with one merged form and de-duplicated
 * materials. Members are hand-written items whose shared materials and fields use the same refs
 * and keys, so the merge in the bundle endpoint shows 居民身份证 or 申请人姓名 once.
 */
const Bundle = z.object({
  id: z.string(),
  name: z.string(),
  scene: z.enum(ALL_SCENES),
  audience: Audience,
  description: z.string(),
  itemIds: z.array(z.string()).check(z.minLength(2)),
  promisedDays: z.number().check(z.int(), z.nonnegative()),
  visits: z.number().check(z.int(), z.nonnegative()),
  produces: z.optional(z.array(FieldKey)),
})
const BundlesFile = z.object({ ...provenance, bundles: z.array(Bundle) })

export const bundleSeeds: BundleSeed[] = parseReference(
  'catalog/data/reference/bundles.json',
  BundlesFile,
  file,
).bundles

/** The fields a bundle's form leaves out because the bundle produces them (see `produces`). */
export const fieldsProducedBy = (bundleId: string): readonly string[] =>
  bundleSeeds.find((b) => b.id === bundleId)?.produces ?? []
