import { createHash, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MAX_UPLOAD_BYTES, sharpness } from '../../src/services/contract'
import type { Repos } from '../db/repos'
import type { UploadRow } from '../db/repos/uploads'
import { ApiError } from '../http/errors'
import { decodeImage } from './decode'
import { sniff } from './sniff'

/** The display name only: no path, no control characters, at most 80 characters. */
export function cleanName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? ''
  const clean = [...base.replace(/[\u0000-\u001f\u007f]/g, '').trim()].slice(-80).join('')
  return clean === '' ? '未命名文件' : clean
}

/**
 * Stores one uploaded file content-addressed (`ab/abcdef…`): the same photo sent twice is kept
 * once on disk, while each upload stays its own row, owned by its uploader.
 */
export function storeUpload(
  repos: Repos,
  dir: string,
  userId: string,
  file: { filename: string; data: Buffer },
  now: Date,
): UploadRow {
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
  const pixels = kind.mime === 'application/pdf' ? null : decodeImage(kind.mime, file.data)
  if (kind.mime !== 'application/pdf' && !pixels) {
    throw new ApiError(
      415,
      'BROKEN_IMAGE',
      '照片文件已损坏或不完整，无法打开，请重新拍照或重新选择照片后上传',
    )
  }
  const sha256 = createHash('sha256').update(file.data).digest('hex')
  const storedAs = join(sha256.slice(0, 2), sha256)
  const path = join(dir, storedAs)
  if (!existsSync(path)) {
    mkdirSync(join(dir, sha256.slice(0, 2)), { recursive: true })
    writeFileSync(path, file.data)
  }
  const row: UploadRow = {
    id: randomUUID(),
    user_id: userId,
    name: cleanName(file.filename),
    ...kind,
    sharpness: pixels ? sharpness(pixels) : null,
    size: file.data.length,
    sha256,
    stored_as: storedAs,
    created_at: now.toISOString(),
  }
  repos.uploads.insert(row)
  return row
}
