import {
  buildSearchIndex,
  type BundleDoc,
  type Lexicon,
  type SearchDoc,
  type SearchIndex,
} from './search'

/** What the index is built from: items, and the 一件事 bundles search also returns. */
export interface SearchCorpus {
  items: SearchDoc[]
  bundles: BundleDoc[]
  /** The lexicon in force (console edits over the file); the file's when left out. */
  lexicon?: Lexicon
}

/**
 * The catalog's search index, built from `docs`: every caller that arrives while it builds
 * waits for that one build; a failed build is tried again by the next caller. The build runs in
 * short steps, so other requests are answered meanwhile; it stops once `signal` aborts.
 *
 * With `version` (the catalog_version every write moves on, from any process), a caller that
 * finds the catalog changed since the index was built gets a fresh build: an import or edit in
 * the console is searchable at once, everywhere.
 */
export function sharedSearchIndex(
  docs: () => Promise<SearchDoc[] | SearchCorpus>,
  signal: AbortSignal,
  version: () => Promise<number> = () => Promise.resolve(0),
): () => Promise<SearchIndex> {
  let built: { version: number; index: Promise<SearchIndex> } | undefined
  return async () => {
    // Read before the docs: an index is never labelled newer than the rows it was built from.
    const current = await version()
    if (built && current <= built.version) return built.index
    const index = docs()
      .then((loaded) =>
        Array.isArray(loaded)
          ? buildSearchIndex(loaded, signal)
          : buildSearchIndex(loaded.items, signal, loaded.bundles, loaded.lexicon),
      )
      .catch((error: unknown) => {
        if (built?.index === index) built = undefined
        throw error
      })
    built = { version: current, index }
    return index
  }
}
