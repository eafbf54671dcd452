/**
 * Starts whose text reads the same for as far as a sort compares are sorted once: at a hundred
 * times the catalog 8.6 M syllable starts hold 0.33 M distinct 16-unit windows of pinyin (names
 * repeat their vocabulary), and 8.6 M name chars 2.1 M. The starts are grouped by their window
 * (a hash table over the windows, checked unit by unit), one start of each group is sorted, and
 * the groups are laid out in that order with their starts in position order — the order sorting
 * every start gave, where equal windows stayed in position order.
 */

/** Starts handled between two yields of a build in steps. */
const STEP = 100_000
const EMPTY = -1

export interface Windows {
  /** Per start, its group (groups numbered in order of first sight). */
  group: Int32Array
  /** Per group, the text position of its first start. */
  first: Int32Array
}

/**
 * `ranks`: each unit's rank (0 = a field's end, past which a window reads nothing); a window is
 * the `units` units from a start, up to its field's end.
 */
export function* groupWindows(
  starts: Int32Array,
  ranks: Uint16Array,
  units: number,
): Generator<void, Windows> {
  const count = starts.length
  // Per slot its window's hash and group, at most half full (grown as groups come): a window is
  // read again only when the hashes agree, and a small table stays in the cache.
  let size = 1024
  let table: Int32Array = new Int32Array(size * 2).fill(EMPTY)
  const group = new Int32Array(count)
  let first = new Int32Array(Math.max(16, count >> 3))
  let groups = 0
  const hashes = yield* windowHashes(ranks, units)
  // The field's end (its 0) after the last start: starts come in text order, so it is found once
  // per field, not once per start.
  let end = -1
  let last = -1
  for (let s = 0; s < count; s++) {
    if (s > 0 && s % STEP === 0) yield
    const at = starts[s] ?? 0
    if (at < last || end < at) {
      end = at
      while (end < ranks.length && ranks[end] !== 0) end++
    }
    last = at
    const h = hashes.of(at, Math.min(at + units, end + 1))
    for (let slot = h & (size - 1); ; slot = (slot + 1) & (size - 1)) {
      const g = table[slot * 2 + 1] ?? EMPTY
      if (g === EMPTY) {
        if (groups === first.length) {
          const grown = new Int32Array(groups * 2)
          grown.set(first)
          first = grown
        }
        first[groups] = at
        table[slot * 2] = h
        table[slot * 2 + 1] = groups
        group[s] = groups++
        if (groups * 2 > size) table = rehash(table, (size *= 2))
        break
      }
      if (table[slot * 2] === h && same(ranks, first[g] ?? 0, at, units)) {
        group[s] = g
        break
      }
    }
  }
  return { group, first: first.slice(0, groups) }
}

/**
 * Each start's place in order, from the groups' order (`groupOrder`: group numbers, sorted):
 * each group's starts together, in start order (a counting sort).
 */
export function* layOut(group: Int32Array, groupOrder: Int32Array): Generator<void, Int32Array> {
  const sizes = new Int32Array(groupOrder.length)
  for (let s = 0; s < group.length; s++) {
    const g = group[s] ?? 0
    sizes[g] = (sizes[g] ?? 0) + 1
  }
  // next[g]: the place of group g's next start.
  const next = new Int32Array(groupOrder.length)
  let placed = 0
  for (let i = 0; i < groupOrder.length; i++) {
    const g = groupOrder[i] ?? 0
    next[g] = placed
    placed += sizes[g] ?? 0
  }
  yield
  const place = new Int32Array(group.length)
  for (let s = 0; s < group.length; s++) {
    if (s > 0 && s % (STEP * 10) === 0) yield
    const g = group[s] ?? 0
    place[s] = next[g] ?? 0
    next[g] = (place[s] ?? 0) + 1
  }
  return place
}

/** The (hash, group) pairs of a table in one of `size` slots. */
function rehash(table: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size * 2).fill(EMPTY)
  for (let old = 0; old < table.length; old += 2) {
    const g = table[old + 1] ?? EMPTY
    if (g === EMPTY) continue
    const h = table[old] ?? 0
    let slot = h & (size - 1)
    while ((grown[slot * 2 + 1] ?? EMPTY) !== EMPTY) slot = (slot + 1) & (size - 1)
    grown[slot * 2] = h
    grown[slot * 2 + 1] = g
  }
  return grown
}

const BASE = 0x01000193

/**
 * A polynomial hash of every prefix of the units (and of a 0 past the last): a window's hash is
 * two of them, not a read of its units. Mixed (murmur3's finaliser) for the table's low bits.
 */
function* windowHashes(
  ranks: Uint16Array,
  units: number,
): Generator<void, { of: (from: number, to: number) => number }> {
  const prefix = new Int32Array(ranks.length + 2)
  for (let k = 0; k < ranks.length; k++) {
    if (k > 0 && k % (STEP * 10) === 0) yield
    prefix[k + 1] = (Math.imul(prefix[k] ?? 0, BASE) + (ranks[k] ?? 0)) | 0
  }
  prefix[ranks.length + 1] = Math.imul(prefix[ranks.length] ?? 0, BASE)
  const power = new Int32Array(units + 2)
  power[0] = 1
  for (let k = 1; k < power.length; k++) power[k] = Math.imul(power[k - 1] ?? 0, BASE)
  const of = (from: number, to: number) =>
    mix(((prefix[to] ?? 0) - Math.imul(prefix[from] ?? 0, power[to - from] ?? 0)) | 0)
  return { of }
}

function mix(value: number): number {
  let h = value
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/** Whether the windows at x and y read the same. */
function same(ranks: Uint16Array, x: number, y: number, units: number): boolean {
  for (let k = 0; k < units; k++) {
    const u = ranks[x + k] ?? 0
    if (u !== (ranks[y + k] ?? 0)) return false
    if (u === 0) return true
  }
  return true
}
