import { buildSearchIndex, type BundleDoc, type SearchDoc, type SearchIndex } from './search'

/** What the index is built from: items, and the 一件事 bundles search also returns. */
export interface SearchCorpus {
  items: SearchDoc[]
  bundles: BundleDoc[]
}

/**
 * The catalog's search index, built once from `docs`: every caller that arrives while it builds
 * waits for that one build; a failed build is tried again by the next caller. The build runs in
 * short steps, so other requests are answered meanwhile; it stops once `signal` aborts.
 */
export function sharedSearchIndex(
  docs: () => Promise<SearchDoc[] | SearchCorpus>,
  signal: AbortSignal,
): () => Promise<SearchIndex> {
  let index: Promise<SearchIndex> | undefined
  return () =>
    (index ??= docs()
      .then((loaded) =>
        Array.isArray(loaded)
          ? buildSearchIndex(loaded, signal)
          : buildSearchIndex(loaded.items, signal, loaded.bundles),
      )
      .catch((error: unknown) => {
        index = undefined
        throw error
      }))
}
