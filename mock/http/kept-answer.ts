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

/** Variants kept per source, e.g. the firm names a set of matches is shown with. */
const VARIANTS_KEPT = 8

/**
 * Answers built from a value kept elsewhere (a cached page, a guide, a set of matches) and a
 * little more (the page number, the viewer's star): kept, one per variant, as long as the source
 * is, so each is built and encoded once.
 */
export function answersPer<Source extends object, Answer>() {
  const bySource = new WeakMap<Source, Map<string, Answer>>()
  return (source: Source, variant: string, build: () => Answer): Answer => {
    let byVariant = bySource.get(source)
    if (!byVariant) {
      byVariant = new Map()
      bySource.set(source, byVariant)
    }
    const known = byVariant.get(variant)
    if (known !== undefined) return known
    const answer = keptAnswer(build())
    if (byVariant.size >= VARIANTS_KEPT) byVariant.clear()
    byVariant.set(variant, answer)
    return answer
  }
}
