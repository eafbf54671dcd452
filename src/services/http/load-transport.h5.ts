import type * as transport from './transport'

let pending: Promise<typeof transport> | null = null

/**
 * On H5 axios and the response checks are a chunk of their own: requested at once, beside the
 * first page's chunks, but evaluated apart from app.js, so the first screen does not wait for it,
 * and ready when the page asks for its data (a later answer would move the page under the user).
 * A failed download is tried again on the next call.
 */
export const loadTransport = (): Promise<typeof transport> =>
  (pending ??= import('./transport').catch((error: unknown) => {
    pending = null
    throw error
  }))

void loadTransport().catch(() => undefined)
