/**
 * An answer kept whole and served again and again (per content version, or for data that never
 * changes) is frozen, nested values included: nothing can change it after it is first sent, so
 * `responseJson` encodes it once and sends the same text every time it is answered.
 */
export function keptAnswer<T>(value: T): T {
  freezeDeep(value)
  return value
}

function freezeDeep(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const inner of Object.values(value)) freezeDeep(inner)
}

/** Whether an answer was kept (see `keptAnswer`): only such answers may be encoded once. */
export const isKeptAnswer = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && Object.isFrozen(value)
