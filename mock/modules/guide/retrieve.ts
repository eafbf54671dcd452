import type { SearchIndex } from '../catalog/search'
import { stripWrappers } from './words'

/** At most this many candidates become the choices of 您要办的是哪一项？ */
export const MAX_CANDIDATES = 4

/**
 * Catalog items for a request, best first, through the catalog's shared search index. The one
 * place 智能导办 searches: the richer engine (segmentation, synonyms, bundles) plugs in here.
 * Typo matches are left out: for a sentence they find look-alikes, not what was meant.
 */
export function retrieve(index: SearchIndex, normalized: string): string[] {
  const query = stripWrappers(normalized)
  if ([...query].length < 2) return []
  return index
    .search(query, { limit: MAX_CANDIDATES * 2 })
    .filter((hit) => hit.matchedBy !== 'fuzzy')
    .slice(0, MAX_CANDIDATES)
    .map((hit) => hit.id)
}
