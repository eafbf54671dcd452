export type QrRun = { dark: boolean; length: number }

/** A QR matrix as runs of equal modules per row, so it renders with few nodes on both platforms. */
export function qrRuns(matrix: readonly (readonly boolean[])[]): QrRun[][] {
  return matrix.map((row) => {
    const runs: QrRun[] = []
    for (const dark of row) {
      const last = runs[runs.length - 1]
      if (last && last.dark === dark) last.length += 1
      else runs.push({ dark, length: 1 })
    }
    return runs
  })
}
