import { encode } from 'uqr'

/**
 * A QR code as a small SVG: one module per user unit and each row's dark runs drawn as one
 * rectangle, a third of the size of uqr's `renderSVG` (a square path per dark module), which
 * made a wall's page about 100 KB. It scales to whatever box it is drawn in.
 */
export function qrSvg(text: string): string {
  const { size, data } = encode(text, { ecc: 'M', border: 2 })
  // Each run is `m dx dy h n v1 h -n z`, moved relative to the previous run's start (where `z`
  // leaves the pen).
  let path = 'M0 0'
  let penX = 0
  let penY = 0
  data.forEach((row, y) => {
    let x = 0
    while (x < size) {
      if (!row[x]) {
        x += 1
        continue
      }
      const start = x
      while (x < size && row[x]) x += 1
      path += `m${start - penX} ${y - penY}h${x - start}v1h${start - x}z`
      penX = start
      penY = y
    }
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect fill="white" width="${size}" height="${size}"/><path fill="black" d="${path}"/></svg>`
}
