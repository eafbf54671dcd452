/** A form draft as stored: values plus when it was last saved. Drafts older than 7 days are dropped. */
export interface StoredDraft<T> {
  values: T
  savedAt: string
}

export const DRAFT_TTL_MS = 7 * 24 * 60 * 60 * 1000

export function draftKey(formId: string): string {
  return `gov.draft.${formId}`
}

export function isDraftFresh(draft: StoredDraft<unknown>, now: Date): boolean {
  const saved = new Date(draft.savedAt).getTime()
  return Number.isFinite(saved) && now.getTime() - saved < DRAFT_TTL_MS
}

/** Keeps only known keys with string values, so an old or tampered draft cannot inject fields. */
export function restoreValues<T extends Record<string, string>>(initial: T, stored: unknown): T {
  if (typeof stored !== 'object' || stored === null) return initial
  const out: Record<string, string> = { ...initial }
  for (const k of Object.keys(initial)) {
    const v = (stored as Record<string, unknown>)[k]
    if (typeof v === 'string') out[k] = v
  }
  return out as T
}
