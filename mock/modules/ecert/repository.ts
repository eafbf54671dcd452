import type { LicenceKind } from '../../../src/services/contract'
import type { Db } from '../../db/sqlite'

export interface LicenceRow {
  id: string
  kind: LicenceKind
  holder_kind: 'person' | 'enterprise'
  holder_code: string
  holder_name: string
  number: string
  issuer: string
  issued_on: string
  valid_until: string | null
  facts_json: string
}

export function createLicenceRepo(db: Db) {
  const byId = db.prepare<[string], LicenceRow>('SELECT * FROM licences WHERE id = ?')
  const byHolder = db.prepare<[string, string, string], LicenceRow>(
    `SELECT * FROM licences WHERE holder_kind = ? AND holder_code = ? AND holder_name = ?
    ORDER BY kind <> 'id_card', issued_on, id`,
  )
  const insertIgnore = db.prepare<[LicenceRow]>(`
    INSERT OR IGNORE INTO licences (id, kind, holder_kind, holder_code, holder_name, number,
      issuer, issued_on, valid_until, facts_json)
    VALUES (@id, @kind, @holder_kind, @holder_code, @holder_name, @number, @issuer, @issued_on,
      @valid_until, @facts_json)`)
  return {
    find: (id: string) => byId.get(id),
    /** A holder's licences: the code and the name on them must both match. */
    ofHolder: (kind: LicenceRow['holder_kind'], code: string, name: string) =>
      byHolder.all(kind, code, name),
    /** Inserts unless a licence of that kind and number exists already. */
    issue: (row: LicenceRow) => insertIgnore.run(row).changes > 0,
  }
}

export type LicenceRepo = ReturnType<typeof createLicenceRepo>
