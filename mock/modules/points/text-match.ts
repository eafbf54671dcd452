/**
 * The entries any of whose texts contains `q`, ASCII case ignored as SQLite's LIKE does; all of
 * them when `q` is empty or missing.
 */
export function containing<T>(
  entries: readonly T[],
  q: string | undefined,
  textsOf: (entry: T) => readonly string[],
): readonly T[] {
  const needle = (q ?? '').toLowerCase()
  if (!needle) return entries
  return entries.filter((entry) => textsOf(entry).some((t) => t.toLowerCase().includes(needle)))
}
