export const MAX_COMPARE = 3

/** Adds or removes a plan; a fourth pick replaces the oldest so the table stays readable. */
export function toggleCompare(selected: readonly string[], id: string): string[] {
  if (selected.includes(id)) return selected.filter((x) => x !== id)
  return [...selected, id].slice(-MAX_COMPARE)
}

export function bandwidthText(mbps: number): string {
  return mbps >= 1000 ? `${mbps}M（千兆）` : `${mbps}M`
}
