import { createHash, randomInt } from 'node:crypto'

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A printed code's id, stable for the same seed entry so a re-seed never invalidates a wall. */
export function stableCodeId(...parts: string[]): string {
  const hash = createHash('sha256').update(parts.join('|')).digest()
  return Array.from(hash.subarray(0, 8), (b) => ALPHABET[b % 32]).join('')
}

export function randomCodeId(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(32)]).join('')
}
