import type { UploadKind } from '../../src/services/contract'
import { sharpness } from '../../src/services/contract/rules/blur'
import { decode } from './decode'

export interface ScoreTask {
  mime: UploadKind
  data: Uint8Array
}

export type Score = number | 'broken' | 'too-large'

/** Runs in a worker thread: the blur score of a photo, or why it has none. */
export default function scoreImage({ mime, data }: ScoreTask): Score {
  const decoded = decode(mime, Buffer.from(data.buffer, data.byteOffset, data.byteLength))
  return typeof decoded === 'string' ? decoded : sharpness(decoded)
}
