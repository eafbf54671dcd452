import { buildSearchIndex, type SearchDoc, type SearchIndex } from './search'

/**
 * The catalog's search index, built once from `docs`: every caller that arrives while it builds
 * waits for that one build; a failed build is tried again by the next caller. The build runs in
 * short steps, so other requests are answered meanwhile; it stops once `signal` aborts.
 */
export function sharedSearchIndex(
  docs: () => Promise<SearchDoc[]>,
  signal: AbortSignal,
): () => Promise<SearchIndex> {
  let index: Promise<SearchIndex> | undefined
  return () =>
    (index ??= docs()
      .then((loaded) => buildSearchIndex(loaded, signal))
      .catch((error: unknown) => {
        index = undefined
        throw error
      }))
}
