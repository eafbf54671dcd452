// Decompression bombs: valid PNG files that are tiny on the wire and huge once inflated.
import { constants, deflateSync } from 'node:zlib'

/** PNG colour types and their channels: 0 grey, 2 RGB, 4 grey+alpha, 6 RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 }

export interface BombSpec {
  width: number
  height: number
  colourType: 0 | 2 | 4 | 6
  bitDepth?: 8 | 16
  interlaced?: boolean
}

/** CRC-32 as PNG chunks use it (zlib.crc32 needs Node 20.15; engines allows any Node 20). */
function crc32(data: Buffer): number {
  let crc = ~0
  for (const byte of data) {
    crc ^= byte
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return ~crc >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])))
  return Buffer.concat([head, data, crc])
}

/** Adam7: each pass's starting column/row and step. */
const PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const

/** Bytes of the filtered scanlines the IDAT stream inflates to (one filter byte per row). */
export function inflatedSize(spec: BombSpec): number {
  const bits = CHANNELS[spec.colourType]! * (spec.bitDepth ?? 8)
  const rows = (width: number, height: number) =>
    width === 0 || height === 0 ? 0 : height * (1 + Math.ceil((width * bits) / 8))
  if (!spec.interlaced) return rows(spec.width, spec.height)
  return PASSES.reduce(
    (sum, [x0, y0, dx, dy]) =>
      sum + rows(Math.ceil((spec.width - x0) / dx), Math.ceil((spec.height - y0) / dy)),
    0,
  )
}

/** A well-formed PNG whose every pixel is 0: zlib shrinks it about a thousandfold. */
export function zeroPng(spec: BombSpec): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(spec.width, 0)
  header.writeUInt32BE(spec.height, 4)
  header[8] = spec.bitDepth ?? 8
  header[9] = spec.colourType
  header[12] = spec.interlaced ? 1 : 0
  // Zeros deflate by the chunk; the inflated stream is the concatenation (each piece ends on a
  // full flush, so none refers back into another).
  const total = inflatedSize(spec)
  const piece = Buffer.alloc(Math.min(total, 64 * 1024 * 1024))
  const parts: Buffer[] = []
  const deflated = deflateSync(piece, { level: 9, finishFlush: constants.Z_FULL_FLUSH })
  const whole = Math.floor(total / piece.length)
  const header2 = deflated.subarray(0, 2)
  const body = deflated.subarray(2)
  parts.push(header2)
  for (let i = 0; i < whole; i += 1) parts.push(body)
  const rest = total - whole * piece.length
  const tail = deflateSync(Buffer.alloc(rest), { level: 9 }).subarray(2)
  parts.push(tail.subarray(0, tail.length - 4))
  parts.push(adler32Zeros(total))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.concat(parts)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Adler-32 of `length` zero bytes: a = 1, b = length (mod 65521). */
function adler32Zeros(length: number): Buffer {
  const out = Buffer.alloc(4)
  out.writeUInt32BE((((length % 65521) << 16) >>> 0) + 1)
  return out
}
