import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { CLIPS, clipDuration, type ClipName } from '../../../mock/modules/media/clips'
import { testApp } from '../helpers'

const DIR = join(__dirname, '../../../mock/modules/media/files')
const SIZE = statSync(join(DIR, 'steps-2.mp4')).size
let app: FastifyInstance
beforeAll(() => {
  ;({ app } = testApp())
})
afterAll(() => app.close())

const fetchFile = (url: string, range?: string) =>
  app.inject({ method: 'GET', url, headers: range === undefined ? {} : { range } })

describe('media files over HTTP', () => {
  test('a whole clip is an H.264 MP4 announced with its length and byte ranges', async () => {
    const response = await fetchFile('/api/v1/media/files/steps-2.mp4')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('video/mp4')
    expect(response.headers['accept-ranges']).toBe('bytes')
    expect(Number(response.headers['content-length'])).toBe(SIZE)
    expect(response.rawPayload.subarray(4, 8).toString()).toBe('ftyp')
    const poster = await fetchFile('/api/v1/media/files/steps-2.jpg')
    expect(poster.headers['content-type']).toBe('image/jpeg')
    expect(poster.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
  })

  test('a byte range is 206 with exactly those bytes', async () => {
    const whole = (await fetchFile('/api/v1/media/files/steps-2.mp4')).rawPayload
    const middle = await fetchFile('/api/v1/media/files/steps-2.mp4', 'bytes=100-199')
    expect(middle.statusCode).toBe(206)
    expect(middle.headers['content-range']).toBe(`bytes 100-199/${SIZE}`)
    expect(middle.rawPayload).toEqual(whole.subarray(100, 200))
    const open = await fetchFile('/api/v1/media/files/steps-2.mp4', `bytes=${SIZE - 10}-`)
    expect(open.rawPayload).toEqual(whole.subarray(SIZE - 10))
    const suffix = await fetchFile('/api/v1/media/files/steps-2.mp4', 'bytes=-5')
    expect(suffix.headers['content-range']).toBe(`bytes ${SIZE - 5}-${SIZE - 1}/${SIZE}`)
    const clamped = await fetchFile('/api/v1/media/files/steps-2.mp4', `bytes=0-${SIZE * 2}`)
    expect(clamped.headers['content-range']).toBe(`bytes 0-${SIZE - 1}/${SIZE}`)
  })

  test('a range outside the file or malformed is 416 with the size, in the contract', async () => {
    for (const range of [`bytes=${SIZE}-`, 'bytes=500-100', 'bytes=abc', 'bytes=-0', 'bytes=-']) {
      const response = await fetchFile('/api/v1/media/files/steps-2.mp4', range)
      expect(response.statusCode).toBe(416)
      expect(response.headers['content-range']).toBe(`bytes */${SIZE}`)
      expect(response.json()).toEqual({
        error: { code: 'RANGE_NOT_SATISFIABLE', message: expect.stringContaining('范围') },
      })
    }
  })

  test('no way out of the folder, and nothing but the clips and posters', async () => {
    const attempts = [
      '/api/v1/media/files/..%2F..%2Fpackage.json',
      '/api/v1/media/files/..%2Fapp.ts',
      '/api/v1/media/files/%2e%2e%2fclips.ts',
      '/api/v1/media/files/../../package.json',
      '/api/v1/media/files/clips.ts',
      '/api/v1/media/files/steps-2.mp4%00.jpg',
      '/api/v1/media/files/STEPS-2.MP4',
      '/api/v1/media/files/',
    ]
    for (const url of attempts) {
      const response = await fetchFile(url)
      expect(response.statusCode).toBe(404)
      expect(response.body).not.toContain('zhihui-zhengwu-guanjia')
    }
  })
})

/** The movie header's duration in seconds (ISO BMFF `mvhd`, version 0 or 1). */
function mp4Seconds(file: Buffer): number {
  const at = file.indexOf('mvhd')
  if (at < 0) throw new Error('no mvhd box')
  const v1 = file[at + 4] === 1
  const timescale = file.readUInt32BE(at + (v1 ? 24 : 16))
  const duration = v1 ? Number(file.readBigUInt64BE(at + 28)) : file.readUInt32BE(at + 20)
  return duration / timescale
}

test('each clip is as long as its steps say, small, and the folder stays under 2 MB', () => {
  for (const name of Object.keys(CLIPS) as ClipName[]) {
    const file = readFileSync(join(DIR, `${name}.mp4`))
    expect(mp4Seconds(file)).toBeCloseTo(clipDuration(name), 1)
    expect(file.length).toBeLessThan(200 * 1024)
    expect(statSync(join(DIR, `${name}.jpg`)).size).toBeLessThan(30 * 1024)
  }
  const total = readdirSync(DIR)
    .filter((f) => /\.(mp4|jpg)$/.test(f))
    .reduce((sum, f) => sum + statSync(join(DIR, f)).size, 0)
  expect(total).toBeLessThan(2 * 1024 * 1024)
})
