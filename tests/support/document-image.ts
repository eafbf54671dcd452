import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import type { Pixels } from '../../src/services/contract/rules/blur'

const PAPER = 0xf2
const INK = 0x22

/** A small deterministic PRNG (mulberry32), so a variant always draws the same page. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A grey page of print: a title bar, a ruled table and lines of character-like glyphs, the way a
 * phone photo of a form looks. `variant` changes the glyphs, so two pages never share a hash.
 */
export function documentPixels(width: number, height: number, variant = 0): Pixels {
  const data = new Uint8Array(width * height).fill(PAPER)
  const rect = (x: number, y: number, w: number, h: number) => {
    for (let yy = Math.max(0, y); yy < Math.min(height, y + h); yy += 1) {
      data.fill(INK, yy * width + Math.max(0, x), yy * width + Math.min(width, x + w))
    }
  }
  const next = random(variant + 1)
  const unit = Math.max(10, Math.round(width / 45))
  const stroke = Math.max(2, Math.round(unit / 7))
  const margin = unit * 2
  rect(margin, margin, width - 2 * margin, unit)
  for (let y = margin + unit * 3; y + unit < height - margin; y += Math.round(unit * 1.8)) {
    rect(margin, y - stroke * 2, width - 2 * margin, 1)
    for (let x = margin; x + unit < width - margin; x += unit + stroke * 2) {
      if (next() < 0.12) continue
      for (let s = 0; s < 3; s += 1) {
        const r = next()
        const at = Math.floor(next() * (unit - stroke))
        if (r < 0.5) rect(x, y + at, unit, stroke)
        else rect(x + at, y, stroke, unit)
      }
    }
  }
  return { width, height, channels: 1, data }
}

/** A separable box blur run three times, close to a Gaussian of sigma ≈ radius. */
export function blurred(image: Pixels, radius: number): Pixels {
  const { width, height } = image
  let current = Float32Array.from(image.data)
  const pass = (horizontal: boolean) => {
    const out = new Float32Array(current.length)
    const [outer, inner] = horizontal ? [height, width] : [width, height]
    for (let o = 0; o < outer; o += 1) {
      for (let i = 0; i < inner; i += 1) {
        let sum = 0
        let n = 0
        for (let k = -radius; k <= radius; k += 1) {
          const j = i + k
          if (j < 0 || j >= inner) continue
          sum += current[horizontal ? o * width + j : j * width + o] ?? 0
          n += 1
        }
        out[horizontal ? o * width + i : i * width + o] = sum / n
      }
    }
    current = out
  }
  for (let round = 0; round < 3; round += 1) {
    pass(true)
    pass(false)
  }
  return { width, height, channels: 1, data: Uint8Array.from(current, (v) => Math.round(v)) }
}

export function encodePng(image: Pixels): Buffer {
  const png = new PNG({ width: image.width, height: image.height, colorType: 0, inputColorType: 0 })
  png.data = Buffer.from(image.data)
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0 })
}

export function encodeJpeg(image: Pixels, quality = 85): Buffer {
  const rgba = Buffer.alloc(image.width * image.height * 4)
  image.data.forEach((v, i) => {
    rgba.fill(v, i * 4, i * 4 + 3)
    rgba[i * 4 + 3] = 0xff
  })
  return jpeg.encode({ width: image.width, height: image.height, data: rgba }, quality).data
}
