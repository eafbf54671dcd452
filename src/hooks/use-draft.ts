import { useCallback, useState } from 'react'
import { readJson, storage, writeJson } from '../platform/storage'
import { draftKey, isDraftFresh, restoreValues, type StoredDraft } from '../utils/draft'

interface Loaded<T> {
  values: T
  resumedAt: string | null
}

function load<T extends Record<string, string>>(formId: string, initial: T, now: Date): Loaded<T> {
  const stored = readJson<StoredDraft<unknown>>(draftKey(formId))
  if (stored === null || !isDraftFresh(stored, now)) {
    if (stored !== null) storage.removeItem(draftKey(formId))
    return { values: initial, resumedAt: null }
  }
  return { values: restoreValues(initial, stored.values), resumedAt: stored.savedAt }
}

/**
 * Form state that is written to storage on every change, so it survives WeChat killing the app.
 * `clear` deletes the draft (after a successful submit, or when the user starts over).
 */
export function useDraft<T extends Record<string, string>>(formId: string, initial: T) {
  const [loaded] = useState(() => load(formId, initial, new Date()))
  const [values, setValues] = useState<T>(loaded.values)
  const [resumedAt, setResumedAt] = useState(loaded.resumedAt)

  const setField = useCallback(
    (name: keyof T, value: string) => {
      setValues((prev) => {
        const next = { ...prev, [name]: value }
        const draft: StoredDraft<T> = { values: next, savedAt: new Date().toISOString() }
        writeJson(draftKey(formId), draft)
        return next
      })
    },
    [formId],
  )

  const clear = useCallback(() => {
    storage.removeItem(draftKey(formId))
    setValues(initial)
    setResumedAt(null)
    // `initial` is a fresh literal each render; the first one is the one that counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formId])

  return { values, setField, resumedAt, dismissResumed: () => setResumedAt(null), clear }
}
