import type { Readable } from 'node:stream'

/**
 * Where uploaded files' bytes live, by key (`ab/abcdef…`, the sha256). Every upload goes through
 * it; several server instances may share one. The default is a folder (folder-store.ts).
 */
export interface FileStore {
  /** Keeps `data` under `key` whole or not at all; bytes already there with this hash are kept. */
  put: (key: string, data: Buffer, sha256: string) => Promise<void>
  /** The bytes under `key` and their size, or null when there are none. */
  open: (key: string) => Promise<{ stream: Readable; size: number } | null>
  delete: (key: string) => Promise<void>
  /**
   * Clears what writes cut off by a crash left behind, when the server starts; never what a
   * write still running (on another instance) needs.
   */
  sweep: () => Promise<void>
}
