import { searchCatalog, type SearchIndex } from '../catalog/search'
import { stripWrappers } from './words'

/** At most this many candidates become the choices of 您要办的是哪一项？ */
export const MAX_CANDIDATES = 4

export interface Retrieved {
  /** The 一件事 the request is about as a whole (生孩子, 开诊所), if any. */
  bundle: string | null
  /** Catalog items, best first. */
  items: string[]
}

/**
 * What a request is about, through the catalog's search (segmentation, synonyms, 一件事): the
 * one place 智能导办 searches. Typo matches are left out: for a sentence they find look-alikes,
 * not what was meant.
 */
export function retrieve(index: SearchIndex, normalized: string): Retrieved {
  const query = stripWrappers(normalized)
  if ([...query].length < 2) return { bundle: null, items: [] }
  const found = searchCatalog(index, query, { limit: MAX_CANDIDATES * 2 })
  return {
    bundle: found.bundles[0]?.id ?? null,
    items: found.items
      .filter((hit) => hit.ref.matchedBy !== 'fuzzy')
      .slice(0, MAX_CANDIDATES)
      .map((hit) => hit.id),
  }
}
