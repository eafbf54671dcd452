import {
  ITEM_OPTIONS_LIMIT,
  type CatalogItemOption,
  type CatalogItemOptions,
} from '../../../src/services/contract'
import { containing } from './text-match'

/**
 * The item picker's answer: the first `ITEM_OPTIONS_LIMIT` options whose name, department or id
 * contains `q` (ASCII case ignored, as SQLite's LIKE does), and how many match in all.
 */
export function matchingOptions(
  options: readonly CatalogItemOption[],
  q: string | undefined,
): CatalogItemOptions {
  const hits = containing(options, q, (o) => [o.name, o.department, o.id])
  return { items: hits.slice(0, ITEM_OPTIONS_LIMIT), total: hits.length }
}
