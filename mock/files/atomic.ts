import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ApiError } from '../http/errors'

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

const notSaved = () => new ApiError(503, 'UPLOAD_NOT_SAVED', '文件保存失败，请稍后重新上传')

/**
 * Writes `data` to `path` so that `path` is either absent or whole: into a temporary file in the
 * same directory (a rename is atomic only within one file system), flushed to disk, read back and
 * hashed, then renamed over. A crash at any point leaves at most a stray `.tmp` file, never a
 * torn file under the served name. A file already there with the right hash is kept.
 */
export async function writeAtomically(path: string, data: Buffer, sha256: string): Promise<void> {
  if ((await exists(path)) && (await sha256OfFile(path)) === sha256) return
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${randomUUID()}.tmp`
  try {
    const file = await open(temporary, 'wx')
    try {
      await file.writeFile(data)
      await file.sync()
    } finally {
      await file.close()
    }
    if ((await sha256OfFile(temporary)) !== sha256) throw notSaved()
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/**
 * A write takes seconds; a temporary file this old was left by a killed process. Younger ones may
 * be another instance's write in progress, in a folder several instances share.
 */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000

/** Removes the temporary files killed processes left behind (`ab/<sha256>.<uuid>.tmp`). */
export async function sweepTemporaryFiles(dir: string, now = Date.now()): Promise<void> {
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const folder of folders.filter((entry) => entry.isDirectory())) {
    const files = await readdir(join(dir, folder.name))
    for (const name of files.filter((file) => file.endsWith('.tmp'))) {
      const path = join(dir, folder.name, name)
      const written = await stat(path).then(
        (s) => s.mtimeMs,
        () => now,
      )
      if (now - written >= STALE_TEMPORARY_MS) await rm(path, { force: true })
    }
  }
}
