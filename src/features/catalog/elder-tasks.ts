import type { ItemSummary } from '../../services/contract'
import { KNOWN_ITEMS } from '../../utils/known-items'

/** The catalog items older people come for most, in the order 长辈模式's 办事指南 lists them. */
export const ELDER_ITEM_IDS: readonly string[] = [
  KNOWN_ITEMS.pensionQualification,
  KNOWN_ITEMS.medicalPremium,
  KNOWN_ITEMS.socialCardApply,
  KNOWN_ITEMS.socialCardLoss,
  KNOWN_ITEMS.seniorAllowance,
  KNOWN_ITEMS.seniorCard,
]

/**
 * Loads each item's summary; one that cannot be loaded is left out rather than hiding the rest.
 * Fails only when none loads (then the page offers 重试).
 */
export async function loadElderItems(
  ids: readonly string[],
  load: (id: string) => Promise<{ item: ItemSummary }>,
): Promise<ItemSummary[]> {
  const results = await Promise.allSettled(ids.map(load))
  const items = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.item] : []))
  const firstFailure = results.find((r) => r.status === 'rejected')
  if (items.length === 0 && firstFailure) throw firstFailure.reason
  return items
}
