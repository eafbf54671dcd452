import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeImage } from '../../../../mock/files/decode'
import { BLUR_THRESHOLD, isBlurred, sharpness } from '../../../../src/services/contract'
import { blurred, documentPixels } from '../../../support/document-image'
import { blurredRgb, passportPixels } from '../../../support/passport-image'

const fixture = (name: string) => {
  const image = decodeImage(
    name.endsWith('.png') ? 'image/png' : 'image/jpeg',
    readFileSync(join(__dirname, '../../../fixtures', name)),
  )
  if (!image) throw new Error(`${name} does not decode`)
  return sharpness(image)
}

describe('blur score (the strongest edges’ Laplacian)', () => {
  it('passes the sharp page, as PNG and as a camera JPEG, far above the threshold', () => {
    expect(fixture('page-sharp.png')).toBeGreaterThan(10 * BLUR_THRESHOLD)
    expect(fixture('page-sharp.jpg')).toBeGreaterThan(10 * BLUR_THRESHOLD)
    expect(isBlurred(fixture('page-sharp.jpg'))).toBe(false)
  })

  it('lets a slightly soft page through with room to spare (σ 1.5, print still readable)', () => {
    expect(fixture('page-blur-1.5.jpg')).toBeGreaterThan(2 * BLUR_THRESHOLD)
  })

  it('refuses blurred pages, with a margin below the threshold', () => {
    expect(fixture('page-blur-3.jpg')).toBeLessThan(0.7 * BLUR_THRESHOLD)
    expect(fixture('page-blur-6.jpg')).toBeLessThan(0.1 * BLUR_THRESHOLD)
    expect(isBlurred(fixture('page-blur-3.jpg'))).toBe(true)
  })

  it('passes a sharp, smooth 证件照: few edges, but crisp ones', () => {
    expect(isBlurred(fixture('passport-sharp.jpg'))).toBe(false)
    expect(fixture('passport-sharp.jpg')).toBeGreaterThan(2 * BLUR_THRESHOLD)
    expect(isBlurred(sharpness(passportPixels(413, 531)))).toBe(false)
  })

  it('refuses the same 证件照 out of focus', () => {
    expect(fixture('passport-blur-3.jpg')).toBeLessThan(0.1 * BLUR_THRESHOLD)
    expect(isBlurred(sharpness(blurredRgb(passportPixels(413, 531), 2)))).toBe(true)
  })

  it('drops monotonically as the blur grows', () => {
    const page = documentPixels(480, 680, 7)
    const scores = [0, 1, 2, 3].map((r) => sharpness(r === 0 ? page : blurred(page, r)))
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('measures a big photo at the same scale as a small one', () => {
    const small = sharpness(documentPixels(640, 905, 2))
    const big = sharpness(documentPixels(2560, 3620, 2))
    expect(isBlurred(big)).toBe(false)
    expect(big / small).toBeGreaterThan(0.3)
  })

  it('scores a flat or tiny image 0', () => {
    const flat = { width: 100, height: 100, channels: 1, data: new Uint8Array(10000).fill(200) }
    expect(sharpness(flat)).toBe(0)
    expect(sharpness({ width: 2, height: 2, channels: 1, data: new Uint8Array(4) })).toBe(0)
  })
})
