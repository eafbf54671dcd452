/**
 * The search lexicon in force: the console's saved edits (migration 37) over the data file. The
 * seed never writes the table, so the file is only the default until the first console save.
 */
import * as z from 'zod/mini'
import { sql as raw } from 'kysely'
import type { Sql } from '../../../db/engine'
import { LexiconEdits } from '../../../../src/services/contract'
import { lexicon as fileLexicon, type Lexicon } from '../search/lexicon'

export interface LexiconInForce {
  lexicon: Lexicon
  version: number
  editedAt: string | null
}

export async function lexiconInForce(sql: Sql): Promise<LexiconInForce> {
  const row = await sql
    .selectFrom('search_lexicon')
    .select(['document', 'version', 'edited_at'])
    .executeTakeFirst()
  if (!row) return { lexicon: fileLexicon, version: 0, editedAt: null }
  const edits = z.parse(LexiconEdits, JSON.parse(row.document))
  return {
    lexicon: { ...fileLexicon, ...edits },
    version: Number(row.version),
    editedAt: row.edited_at,
  }
}

/**
 * Saves `edits` as the version after `expected`; false when someone saved since. Moves
 * catalog_version on, so every process's search index rebuilds with it. Call in a transaction.
 */
export async function saveLexicon(
  sql: Sql,
  edits: LexiconEdits,
  expected: number,
  at: string,
  actorId: string,
): Promise<boolean> {
  const document = JSON.stringify(edits)
  const next = { document, version: expected + 1, edited_at: at, edited_by: actorId }
  const written =
    expected === 0
      ? await sql
          .insertInto('search_lexicon')
          .values({ id: 1, ...next })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst()
          .then((r) => Number(r.numInsertedOrUpdatedRows ?? 0))
      : await sql
          .updateTable('search_lexicon')
          .set(next)
          .where('version', '=', expected)
          .executeTakeFirst()
          .then((r) => Number(r.numUpdatedRows))
  if (written === 0) return false
  await sql
    .updateTable('catalog_version')
    .set({ version: raw<number>`version + 1` })
    .execute()
  return true
}
