import {
  POINT_ITEMS_PAGE,
  type AdminPointDetail,
  type PointItem,
} from '../../../src/services/contract'
import { containing } from './text-match'

/**
 * One page of the items a point handles, those whose name, id or window contains `q` (ASCII case
 * ignored) when it is given; `total` counts every match.
 */
export function pointItemsPage(
  items: readonly PointItem[],
  q: string | undefined,
  page: number,
): Omit<AdminPointDetail, 'point'> {
  const hits = containing(items, q, (i) => [i.name, i.itemId, i.window])
  const start = (page - 1) * POINT_ITEMS_PAGE
  return {
    items: hits.slice(start, start + POINT_ITEMS_PAGE),
    total: hits.length,
    page,
    pageSize: POINT_ITEMS_PAGE,
  }
}
