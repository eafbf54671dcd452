import { catalogSeed } from '../../../mock/modules/catalog/data'
import type { BundleDoc, SearchDoc } from '../../../mock/modules/catalog/search'

/** The seeded catalog as the server's index reads it (items and 一件事 bundles). */
export function catalogDocs(): { items: SearchDoc[]; bundles: BundleDoc[] } {
  const items = catalogSeed.items.map(({ id, name, keywords, audiences, popularity }) => {
    return { id, name, keywords, audiences, popularity }
  })
  const bundles = catalogSeed.bundles.map(({ id, name, scene, audience, description }) => {
    return { id, name, scene, audience, description }
  })
  return { items, bundles }
}

export interface LabelledQuery {
  q: string
  kind: string
  expect: string[]
}
