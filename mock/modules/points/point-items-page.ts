import {
  POINT_ITEMS_PAGE,
  type AdminPointDetail,
  type PointItem,
} from '../../../src/services/contract'

/**
 * One page of the items a point handles, those whose name, id or window contains `q` (ASCII case
 * ignored) when it is given; `total` counts every match.
 */
export function pointItemsPage(
  items: readonly PointItem[],
  q: string | undefined,
  page: number,
): Omit<AdminPointDetail, 'point'> {
  const needle = (q ?? '').toLowerCase()
  const hits = needle
    ? items.filter(
        (i) =>
          i.name.toLowerCase().includes(needle) ||
          i.itemId.toLowerCase().includes(needle) ||
          i.window.toLowerCase().includes(needle),
      )
    : items
  const start = (page - 1) * POINT_ITEMS_PAGE
  return {
    items: hits.slice(start, start + POINT_ITEMS_PAGE),
    total: hits.length,
    page,
    pageSize: POINT_ITEMS_PAGE,
  }
}
