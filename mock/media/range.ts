export type RangeAnswer =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' }

/**
 * One `Range: bytes=…` header against a file of `size` bytes (RFC 9110 §14). Other units and
 * multiple ranges are ignored (the whole file is sent, which the RFC allows); a byte range that
 * is malformed or lies outside the file is unsatisfiable.
 */
export function parseRange(header: string | undefined, size: number): RangeAnswer {
  if (header === undefined) return { kind: 'full' }
  const spec = header.trim()
  if (!spec.toLowerCase().startsWith('bytes=')) return { kind: 'full' }
  const ranges = spec.slice(6).split(',')
  if (ranges.length > 1) return { kind: 'full' }
  const match = /^\s*(\d*)-(\d*)\s*$/.exec(ranges[0] ?? '')
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'unsatisfiable' }
  const [, first = '', last = ''] = match
  if (first === '') {
    const suffix = Number(last)
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' }
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(first)
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1)
  if (start >= size || end < start) return { kind: 'unsatisfiable' }
  return { kind: 'partial', start, end }
}
