import type { UploadKind } from '../../src/services/contract'
import type { Db } from '../db/sqlite'

export interface UploadRow {
  id: string
  user_id: string
  name: string
  mime: UploadKind
  size: number
  sha256: string
  width: number | null
  height: number | null
  /** Blur score of an image (rules/blur); null for a PDF. */
  sharpness: number | null
  stored_as: string
  created_at: string
}

export function createUploadRepo(db: Db) {
  const insert = db.prepare<[UploadRow]>(`
    INSERT INTO uploads (id, user_id, name, mime, size, sha256, width, height, sharpness,
      stored_as, created_at)
    VALUES (@id, @user_id, @name, @mime, @size, @sha256, @width, @height, @sharpness,
      @stored_as, @created_at)`)
  const byId = db.prepare<[string], UploadRow>('SELECT * FROM uploads WHERE id = ?')
  const byIds = db.prepare<[string], UploadRow>(
    'SELECT * FROM uploads WHERE id IN (SELECT value FROM json_each(?))',
  )
  const usedSince = db.prepare<[string, string], { count: number; bytes: number }>(
    'SELECT COUNT(*) AS count, COALESCE(SUM(size), 0) AS bytes FROM uploads WHERE user_id = ? AND created_at >= ?',
  )
  /** A helper may open a file only when it belongs to a case assigned to them. */
  const helperMaySee = db
    .prepare<[string, string], number>(
      `SELECT COUNT(*) FROM cases c, json_each(c.materials_json) m, json_each(m.value, '$.uploadIds') u
      WHERE c.helper_id = ? AND u.value = ?`,
    )
    .pluck()

  return {
    insert: (row: UploadRow) => insert.run(row),
    find: (id: string) => byId.get(id),
    /** How many files and bytes the user uploaded since `since` (an ISO instant). */
    usedSince: (userId: string, since: string) =>
      usedSince.get(userId, since) ?? { count: 0, bytes: 0 },
    /** The user's own uploads among `ids`; others' are left out as if they did not exist. */
    ownedAmong: (userId: string, ids: readonly string[]) =>
      new Map(
        byIds
          .all(JSON.stringify(ids))
          .filter((row) => row.user_id === userId)
          .map((row) => [row.id, row]),
      ),
    byIds: (ids: readonly string[]) =>
      new Map(byIds.all(JSON.stringify(ids)).map((row) => [row.id, row])),
    helperMaySee: (helperId: string, uploadId: string) =>
      (helperMaySee.get(helperId, uploadId) ?? 0) > 0,
  }
}

export type UploadRepo = ReturnType<typeof createUploadRepo>
