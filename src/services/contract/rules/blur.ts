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
 * Below this a photographed page is too blurred to read small print. Measured on the fixtures in
 * tests/fixtures (a 640×905 page): sharp ≈ 22000, Gaussian blur σ 1.5 (soft, still readable)
 * ≈ 3400, σ 3 (print smeared) ≈ 570, σ 6 ≈ 70.
 */
export const BLUR_THRESHOLD = 1000

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
 * Sharpness: the variance of the 4-neighbour Laplacian of the grey image (Pech-Pacheco et al.,
 * 2000). Edges of print give large second derivatives; blur flattens them, so the variance drops.
 */
export function sharpness(image: Pixels): number {
  const { width, height, grey } = greyDownscaled(image)
  if (width < 3 || height < 3) return 0
  let sum = 0
  let squares = 0
  let count = 0
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const i = y * width + x
      const laplacian =
        (grey[i - 1] ?? 0) +
        (grey[i + 1] ?? 0) +
        (grey[i - width] ?? 0) +
        (grey[i + width] ?? 0) -
        4 * (grey[i] ?? 0)
      sum += laplacian
      squares += laplacian * laplacian
      count += 1
    }
  }
  const mean = sum / count
  return Math.round(squares / count - mean * mean)
}

export const isBlurred = (score: number): boolean => score < BLUR_THRESHOLD
