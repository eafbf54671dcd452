import {
  ITEM_OPTIONS_LIMIT,
  type CatalogItemOption,
  type CatalogItemOptions,
} from '../../../src/services/contract'

/**
 * The item picker's answer: the first `ITEM_OPTIONS_LIMIT` options whose name, department or id
 * contains `q` (ASCII case ignored, as SQLite's LIKE does), and how many match in all.
 */
export function matchingOptions(
  options: readonly CatalogItemOption[],
  q: string | undefined,
): CatalogItemOptions {
  const needle = (q ?? '').toLowerCase()
  const hits = needle
    ? options.filter(
        (o) =>
          o.name.toLowerCase().includes(needle) ||
          o.department.toLowerCase().includes(needle) ||
          o.id.toLowerCase().includes(needle),
      )
    : options
  return { items: hits.slice(0, ITEM_OPTIONS_LIMIT), total: hits.length }
}
