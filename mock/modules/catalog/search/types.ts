/** Public types of the catalog search and the built index `searcher.ts` scans. */
import type { SearchHit } from '../../../../src/services/contract'
import type { GramIndex } from './grams'
import type { Haystack } from './haystack'

export interface SearchDoc {
  id: string
  name: string
  keywords: string[]
  audiences: ('personal' | 'enterprise')[]
  popularity: number
}
export type MatchKind = 'name' | 'pinyin' | 'initials' | 'fuzzy'
/** highlight: [start, end) char ranges in doc.name. */
export interface SearchHitRef {
  id: string
  matchedBy: MatchKind
  highlight: [number, number][]
}
export interface SearchOptions {
  audience?: 'personal' | 'enterprise'
  limit?: number
}
export interface SearchIndex {
  /** Today's exact/pinyin/initials/one-typo passes, items only (unchanged; see searchCatalog). */
  search(q: string, options?: SearchOptions): SearchHitRef[]
  /** Items and 一件事 bundles with scores and the words that matched (see catalog.ts). */
  searchCatalog(q: string, options?: CatalogSearchOptions): CatalogResult
  /** The same as `search`, named for the benchmark's baseline. */
  exactSearch(q: string, options?: SearchOptions): SearchHitRef[]
  size: number
}

/** A 一件事 as search reads it. */
export interface BundleDoc {
  id: string
  name: string
  scene: string
  audience: 'personal' | 'enterprise'
  description: string
}
export type CatalogSearchOptions = SearchOptions
export interface CatalogHit {
  kind: 'item' | 'bundle'
  id: string
  /** BM25 over words + today's exact-pass bonus + popularity; comparable within one answer only. */
  score: number
  /** What the resident said that matched (社保卡, 丢了). */
  terms: string[]
  ref: SearchHitRef
}
export interface CatalogResult {
  items: CatalogHit[]
  /** Bundles the question is about, best first; shown before the items. */
  bundles: CatalogHit[]
  /** The question without fillers, and the concepts the index knows. */
  understood: { core: string; terms: string[] }
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _wireCompatible: Same<MatchKind, SearchHit['matchedBy']> = true

/** What `runSearch` scans; built once. */
export interface BuiltIndex {
  docs: readonly SearchDoc[]
  /** Where doc d's normalised name starts in `text` and its initials in `initials` (`fieldAt`). */
  nameAt: Int32Array
  initialsAt: Int32Array
  /** Normalised names (Tier.name) and keywords (Tier.keyword). */
  text: Haystack
  /** Contextual readings of names (Tier.pinyin); other readings and keywords (Tier.secondary). */
  pinyin: Haystack
  /** Initials of names (Tier.pinyin) and of keywords (Tier.secondary). */
  initials: Haystack
  /** Where doc d's contextual name pinyin starts in `pinyin`, for the one-typo pass. */
  primaryAt: Int32Array
  /** Bit 1 personal, bit 2 enterprise. */
  audiences: Uint8Array
  /** Position in (popularity desc, shorter name, id) order, and its inverse. */
  rank: Int32Array
  order: Int32Array
  hanGrams: GramIndex
  latinGrams: GramIndex
  /** Han char → readings seen in the catalog, to read mixed queries such as `qiye开办`. */
  charReadings: Map<string, string[]>
  /** Per-doc arrays one query at a time uses (NONE-filled tiers between queries). */
  scratch?: {
    tier: Uint8Array
    kind: Uint8Array
    from: Int32Array
    to: Int32Array
    /** The scan and text position of each doc's best match (ties go to the earlier one). */
    scan: Uint8Array
    at: Int32Array
  }
}

export const AUDIENCE_BIT = { personal: 1, enterprise: 2 } as const
