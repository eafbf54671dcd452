/** Pixels as decoded: `channels` bytes per pixel (1 grey, 3 RGB, 4 RGBA), row after row. */
export interface Pixels {
  width: number
  height: number
  channels: number
  data: Uint8Array
}

/**
 * The long side the score is measured at. Reading a document does not need more, and it makes
 * the score the same for a 12-megapixel photo and a scan of the same page.
 */
export const SHARPNESS_SIDE = 800
/**
 * Below this the sharpest edges of a photo are too soft to read small print. Measured on the
 * fixtures in tests/fixtures: a 640×905 page sharp ≈ 390000, Gaussian blur σ 1.5 (soft, still
 * readable) ≈ 51000, σ 3 (print smeared) ≈ 10000, σ 6 ≈ 1600; a 720×960 证件照 (large smooth
 * areas, few but crisp edges) ≈ 81000 sharp and ≈ 300 blurred by σ 3.
 */
export const BLUR_THRESHOLD = 20000
/** The share of pixels with the strongest edges that the score looks at. */
const EDGE_SHARE = 0.001

/** Grey (ITU-R BT.601 luma) box-averaged down to at most SHARPNESS_SIDE on the long side. */
function greyDownscaled(image: Pixels): { width: number; height: number; grey: Float32Array } {
  const { width, height, channels, data } = image
  const factor = Math.max(1, Math.ceil(Math.max(width, height) / SHARPNESS_SIDE))
  const w = Math.floor(width / factor)
  const h = Math.floor(height / factor)
  const grey = new Float32Array(w * h)
  const luma = (p: number) =>
    channels >= 3
      ? 0.299 * (data[p] ?? 0) + 0.587 * (data[p + 1] ?? 0) + 0.114 * (data[p + 2] ?? 0)
      : (data[p] ?? 0)
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let sum = 0
      for (let dy = 0; dy < factor; dy += 1) {
        const row = (y * factor + dy) * width
        for (let dx = 0; dx < factor; dx += 1) sum += luma((row + x * factor + dx) * channels)
      }
      grey[y * w + x] = sum / (factor * factor)
    }
  }
  return { width: w, height: h, grey }
}

/**
 * Sharpness: the mean squared 4-neighbour Laplacian of the strongest 0.1% of pixels of the grey
 * image. A focused photo has crisp edges somewhere — print, or the outline of a face — and their
 * second derivative is large; blur flattens every edge. Looking only at the strongest edges keeps
 * a smooth 证件照 (few edges) from being taken for a blurred one, which the variance over the
 * whole image (Pech-Pacheco et al., 2000) did.
 */
export function sharpness(image: Pixels): number {
  const { width, height, grey } = greyDownscaled(image)
  if (width < 3 || height < 3) return 0
  const squares = new Float32Array((width - 2) * (height - 2))
  let n = 0
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x
      const laplacian =
        (grey[i - 1] ?? 0) +
        (grey[i + 1] ?? 0) +
        (grey[i - width] ?? 0) +
        (grey[i + width] ?? 0) -
        4 * (grey[i] ?? 0)
      squares[n] = laplacian * laplacian
      n += 1
    }
  }
  squares.sort()
  const top = Math.max(1, Math.floor(n * EDGE_SHARE))
  let sum = 0
  for (let k = n - top; k < n; k += 1) sum += squares[k] ?? 0
  return Math.round(sum / top)
}

export const isBlurred = (score: number): boolean => score < BLUR_THRESHOLD
