// Random catalogs for the search structures' brute-force tests: seeded, so a failure repeats.

export function random(seed: number): () => number {
  let state = seed
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
}

export const word = (rnd: () => number, letters: string, length: number) =>
  Array.from({ length }, () => letters.charAt(Math.floor(rnd() * letters.length))).join('')

/** A popularity rank per doc (a fixed shuffle) and the docs in rank order. */
export function ranked(docs: number): { rank: Int32Array; order: Int32Array } {
  const rank = Int32Array.from({ length: docs }, (_, d) => (d * 7919) % docs)
  const order = new Int32Array(docs)
  rank.forEach((position, d) => (order[position] = d))
  return { rank, order }
}

/** A match at the start of a field ranks one tier better. */
export const promoteAtStart = (tier: number, atStart: boolean) => (atStart ? tier - 1 : tier)
