import * as z from 'zod/mini'
import { MaterialForm } from '../../../../src/services/contract'
import { parseReference, provenance } from '../../reference-data'
import business from './reference/materials-business.json'
import personal from './reference/materials-personal.json'
import type { MaterialSeed } from './types'

const Entry = z.object({
  name: z.string(),
  form: MaterialForm,
  copies: z.number().check(z.int(), z.positive()),
  ecert: z.boolean(),
  sample: z.nullable(z.string()),
  note: z.nullable(z.string()),
})
const LibraryFile = z.object({ ...provenance, materials: z.record(z.string(), Entry) })

/**
 * The shared material library. Items refer to entries by key, so a bundle's members that need
 * the same 居民身份证 show it once. `ecert` marks the licences 青山区电子证照库 can supply (免证办).
 */
const LIBRARY = {
  ...parseReference('catalog/data/reference/materials-personal.json', LibraryFile, personal)
    .materials,
  ...parseReference('catalog/data/reference/materials-business.json', LibraryFile, business)
    .materials,
}

/** Key of the material library (idCard, businessLicense …). */
export type MaterialRef = string

export const materialSeeds: MaterialSeed[] = Object.entries(LIBRARY).map(([id, entry]) => ({
  id,
  ...entry,
}))

export const materialIds: ReadonlySet<string> = new Set(Object.keys(LIBRARY))
