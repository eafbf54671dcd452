import { createHash, randomUUID } from 'node:crypto'
import { MAX_UPLOAD_BYTES, type UploadKind } from '../../src/services/contract'
import type { Repos } from '../modules/repositories'
import type { UploadRow } from './repository'
import { ApiError } from '../http/errors'
import type { FileStore } from './file-store'
import { checkDeclaredSize, imageTooLarge } from './limits'
import type { ScorePool } from './pool'
import { checkDailyQuota } from './quota'
import { DAY_MS } from '../../src/services/contract'
import { sniff } from './sniff'

export interface StoreDeps {
  repos: Repos
  files: FileStore
  pool: ScorePool
}

/** The display name only: no path, no control characters, at most 80 characters. */
export function cleanName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? ''
  const clean = [...base.replace(/[\u0000-\u001f\u007f]/g, '').trim()].slice(-80).join('')
  return clean === '' ? '未命名文件' : clean
}

const dayBefore = (now: Date) => new Date(now.getTime() - DAY_MS).toISOString()

/** Refuses the next upload of `userId` once their last 24 hours are at a cap. */
export async function checkQuotaOf(
  repos: Repos,
  userId: string,
  now: Date,
  incomingBytes: number,
): Promise<void> {
  checkDailyQuota(await repos.uploads.usedSince(userId, dayBefore(now)), incomingBytes)
}

const brokenImage = () =>
  new ApiError(
    415,
    'BROKEN_IMAGE',
    '照片文件已损坏或不完整，无法打开，请重新拍照或重新选择照片后上传',
  )

/** The blur score of an image, computed off the event loop; null for a PDF. */
async function scoreOf(pool: ScorePool, mime: UploadKind, data: Buffer): Promise<number | null> {
  if (mime === 'application/pdf') return null
  const score = await pool.score({ mime, data })
  if (score === 'too-large') throw imageTooLarge()
  if (score === 'broken') throw brokenImage()
  return score
}

/**
 * Stores one uploaded file content-addressed (`ab/abcdef…`): the same photo sent twice is kept
 * once on disk, while each upload stays its own row, owned by its uploader. Everything cheap is
 * checked first (size, type, declared dimensions, the daily caps), so a refused file costs no
 * decoding.
 */
export async function storeUpload(
  { repos, files, pool }: StoreDeps,
  userId: string,
  file: { filename: string; data: Buffer },
  now: Date,
): Promise<UploadRow> {
  if (file.data.length === 0) throw new ApiError(400, 'EMPTY_FILE', '文件是空的，请重新选择')
  if (file.data.length > MAX_UPLOAD_BYTES) {
    throw new ApiError(413, 'FILE_TOO_LARGE', '文件超过10MB，请压缩或分页后重新上传')
  }
  const kind = sniff(file.data)
  if (!kind) {
    throw new ApiError(
      415,
      'UNSUPPORTED_FILE',
      '只能上传 JPG、PNG 照片或 PDF 文件，请重新拍照或另存为 PDF 后上传',
    )
  }
  checkDeclaredSize(kind, file.data)
  await checkQuotaOf(repos, userId, now, file.data.length)
  const sharpness = await scoreOf(pool, kind.mime, file.data)
  const sha256 = createHash('sha256').update(file.data).digest('hex')
  const storedAs = `${sha256.slice(0, 2)}/${sha256}`
  await files.put(storedAs, file.data, sha256)
  const row: UploadRow = {
    id: randomUUID(),
    user_id: userId,
    name: cleanName(file.filename),
    ...kind,
    sharpness,
    size: file.data.length,
    sha256,
    stored_as: storedAs,
    created_at: now.toISOString(),
  }
  // Again, with the insert: uploads of one user running side by side all passed the first check
  // before any of them was stored.
  await repos.uploads.insertWithinQuota(row, dayBefore(now), (used) =>
    checkDailyQuota(used, file.data.length),
  )
  return row
}
