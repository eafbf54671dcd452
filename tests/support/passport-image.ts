import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { blurred } from './document-image'
import type { Pixels } from '../../src/services/contract/rules/blur'

/** A small deterministic PRNG (mulberry32): the same photo every run. */
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

type Rgb = readonly [number, number, number]
const BACKGROUND: Rgb = [67, 142, 219] // 证件照 blue
const SKIN: Rgb = [236, 196, 170]
const HAIR: Rgb = [28, 24, 22]
const SHIRT: Rgb = [245, 245, 245]
const JACKET: Rgb = [34, 38, 48]

/**
 * A 证件照 as a phone photographs it: a flat blue background, a face shaded smoothly from the
 * centre, dark hair and a dark jacket over a white collar — large smooth areas, edges sharp to a
 * pixel, a little sensor noise. Little detail, yet nothing blurred.
 */
export function passportPixels(width: number, height: number, seed = 1): Pixels {
  const data = new Uint8Array(width * height * 3)
  const noise = random(seed)
  const cx = width / 2
  const faceY = height * 0.42
  const [faceRx, faceRy] = [width * 0.26, height * 0.24]
  const [hairRx, hairRy] = [width * 0.31, height * 0.3]
  const inside = (x: number, y: number, ox: number, oy: number, rx: number, ry: number) =>
    ((x - ox) / rx) ** 2 + ((y - oy) / ry) ** 2 <= 1
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let colour: Rgb = BACKGROUND
      let shade = 1 - (0.08 * y) / height
      const shoulders =
        y > height * 0.74 && Math.abs(x - cx) < width * 0.12 + (y - height * 0.74) * 1.6
      if (inside(x, y, cx, faceY - height * 0.05, hairRx, hairRy)) colour = HAIR
      if (shoulders) {
        const collar = Math.abs(x - cx) < (y - height * 0.74) * 0.45
        colour = collar ? SHIRT : JACKET
      }
      if (inside(x, y, cx, faceY + height * 0.03, faceRx, faceRy) && y > faceY - height * 0.12) {
        colour = SKIN
        const r = Math.hypot((x - cx) / faceRx, (y - faceY) / faceRy)
        shade = 1.04 - 0.16 * r * r
      }
      const eyeY = faceY + height * 0.01
      const eye = [cx - width * 0.1, cx + width * 0.1].some((ex) =>
        inside(x, y, ex, eyeY, width * 0.035, height * 0.014),
      )
      if (eye) colour = HAIR
      if (inside(x, y, cx, faceY + height * 0.14, width * 0.06, height * 0.012)) {
        colour = [178, 92, 92]
        shade = 1
      }
      if (y > height * 0.66 && y <= height * 0.74 && Math.abs(x - cx) < width * 0.1) {
        colour = SKIN
        shade = 0.86
      }
      const grain = (noise() - 0.5) * 4
      const p = (y * width + x) * 3
      for (let c = 0; c < 3; c += 1) {
        data[p + c] = Math.max(0, Math.min(255, Math.round((colour[c] ?? 0) * shade + grain)))
      }
    }
  }
  return { width, height, channels: 3, data }
}

/** An RGB image as a PNG file. */
export function encodeRgbPng(image: Pixels): Buffer {
  const png = new PNG({ width: image.width, height: image.height, colorType: 2, inputColorType: 2 })
  png.data = Buffer.from(image.data)
  return PNG.sync.write(png, { colorType: 2, inputColorType: 2 })
}

/** Each colour channel through `blurred`: the photo out of focus by about σ = radius. */
export function blurredRgb(image: Pixels, radius: number): Pixels {
  const { width, height } = image
  const data = new Uint8Array(width * height * 3)
  for (let c = 0; c < 3; c += 1) {
    const channel = Uint8Array.from(
      { length: width * height },
      (_, i) => image.data[i * 3 + c] ?? 0,
    )
    const soft = blurred({ width, height, channels: 1, data: channel }, radius)
    soft.data.forEach((v, i) => {
      data[i * 3 + c] = v
    })
  }
  return { width, height, channels: 3, data }
}

/** An RGB image as a camera JPEG. */
export function encodeRgbJpeg(image: Pixels, quality = 85): Buffer {
  const rgba = Buffer.alloc(image.width * image.height * 4, 0xff)
  for (let i = 0; i < image.width * image.height; i += 1) {
    for (let c = 0; c < 3; c += 1) rgba[i * 4 + c] = image.data[i * 3 + c] ?? 0
  }
  return Buffer.from(
    jpeg.encode({ width: image.width, height: image.height, data: rgba }, quality).data,
  )
}
