import { open, rm } from 'node:fs/promises'
import { join, normalize, sep } from 'node:path'
import { sweepTemporaryFiles, writeAtomically } from './atomic'
import type { FileStore } from './file-store'

// Not `instanceof Error`: errors from Node's own modules can come from another realm (jest).
const isMissing = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT'

/**
 * Files in a folder, which several instances may share (a network mount): each write goes to a
 * temporary file of its own and is renamed into place, so a reader anywhere sees a whole file or
 * none, and nothing but the folder itself is shared.
 */
export function folderStore(dir: string): FileStore {
  const pathOf = (key: string) => {
    const path = normalize(join(dir, key))
    if (!path.startsWith(normalize(dir) + sep))
      throw new Error(`file key outside the store: ${key}`)
    return path
  }
  return {
    put: (key, data, sha256) => writeAtomically(pathOf(key), data, sha256),
    async open(key) {
      try {
        // Opened before it is streamed: a file removed meanwhile is still read whole.
        const handle = await open(pathOf(key), 'r')
        const { size } = await handle.stat()
        return { stream: handle.createReadStream(), size }
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
    delete: (key) => rm(pathOf(key), { force: true }),
    sweep: () => sweepTemporaryFiles(dir),
  }
}
