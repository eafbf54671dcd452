import { PNG } from 'pngjs'
import { encode } from 'uqr'

/**
 * A QR code as a phone would have saved it: dark modules on a light page with the quiet zone,
 * `scale` pixels a module, set on a wider grey background like a photo of a printed sheet.
 */
export function qrPicture(text: string, scale = 8): Buffer {
  const { size, data } = encode(text, { ecc: 'M', border: 4 })
  const margin = scale * 6
  const side = size * scale + 2 * margin
  const png = new PNG({ width: side, height: side })
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const [mx, my] = [Math.floor((x - margin) / scale), Math.floor((y - margin) / scale)]
      const onSheet = mx >= 0 && my >= 0 && mx < size && my < size
      const value = !onSheet ? 200 : data[my]?.[mx] ? 20 : 250
      const p = (y * side + x) * 4
      png.data[p] = value
      png.data[p + 1] = value
      png.data[p + 2] = value
      png.data[p + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

/** A grey gradient with no code in it: a landscape picked by mistake. */
export function plainPicture(side = 240): Buffer {
  const png = new PNG({ width: side, height: side })
  for (let i = 0; i < side * side; i += 1) {
    const value = 80 + Math.round((120 * (i % side)) / side)
    png.data.fill(value, i * 4, i * 4 + 3)
    png.data[i * 4 + 3] = 255
  }
  return PNG.sync.write(png)
}
