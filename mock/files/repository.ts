import type { UploadKind } from '../../src/services/contract'
import { inTransaction, inTurn, type Sql } from '../db/engine'
import type { Usage } from './quota'

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

/** The upload ids a case's stored materials name (see cases/stored.ts). */
function uploadIdsIn(materialsJson: string): string[] {
  const materials = JSON.parse(materialsJson) as { uploadIds?: string[] }[]
  return materials.flatMap((m) => m.uploadIds ?? [])
}

export function createUploadRepo(sql: Sql) {
  const uploads = () => sql.selectFrom('uploads').selectAll()
  const byIds = async (ids: readonly string[]) => {
    if (ids.length === 0) return []
    return (await uploads()
      .where('id', 'in', [...new Set(ids)])
      .execute()) as UploadRow[]
  }
  /** How many files and bytes the user uploaded since `since` (an ISO instant). */
  const usedSince = async (userId: string, since: string): Promise<Usage> => {
    const row = await sql
      .selectFrom('uploads')
      .select((eb) => [eb.fn.countAll().as('count'), eb.fn.sum('size').as('bytes')])
      .where('user_id', '=', userId)
      .where('created_at', '>=', since)
      .executeTakeFirst()
    return { count: Number(row?.count ?? 0), bytes: Number(row?.bytes ?? 0) }
  }

  return {
    find: (id: string) =>
      uploads().where('id', '=', id).executeTakeFirst() as Promise<UploadRow | undefined>,
    usedSince,
    /**
     * Stores the row unless `check` throws on what the user already used since `since`. One
     * user's uploads take turns (on every instance), so side-by-side uploads at a cap cannot
     * all pass it.
     */
    insertWithinQuota: (row: UploadRow, since: string, check: (used: Usage) => void) =>
      inTransaction(sql, async () => {
        await inTurn(sql, `uploads:${row.user_id}`)
        check(await usedSince(row.user_id, since))
        await sql.insertInto('uploads').values(row).execute()
      }),
    /** The user's own uploads among `ids`; others' are left out as if they did not exist. */
    ownedAmong: async (userId: string, ids: readonly string[]) =>
      new Map(
        (await byIds(ids)).filter((row) => row.user_id === userId).map((row) => [row.id, row]),
      ),
    byIds: async (ids: readonly string[]) =>
      new Map((await byIds(ids)).map((row) => [row.id, row])),
    /** A helper may open a file only when it belongs to a case assigned to them. */
    helperMaySee: async (helperId: string, uploadId: string) => {
      const cases = await sql
        .selectFrom('cases')
        .select('materials_json')
        .where('helper_id', '=', helperId)
        // Upload ids are UUIDs: the text match only narrows; the parse decides.
        .where('materials_json', 'like', `%${uploadId}%`)
        .execute()
      return cases.some((c) => uploadIdsIn(c.materials_json).includes(uploadId))
    },
  }
}

export type UploadRepo = ReturnType<typeof createUploadRepo>
