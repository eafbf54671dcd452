// Records of the read-route bench that take more than one call to make: a 一键代办 case (form,
// uploads, submission), a loan application, and a queue ticket whatever the hour.
import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { beijingDate, yearsBandOf, type CaseForm } from '../../src/services/contract'
import { sqliteSql } from '../../mock/db/engine'
import { createQrRepo } from '../../mock/modules/qr/repository'
import { FIRMS, PEOPLE } from '../support/people'

export type Json = { data?: Record<string, unknown>; error?: { message: string } }
export type Call = (method: string, path: string, token?: string, body?: object) => Promise<Json>

/**
 * A queue number at `pointId`, written the way `POST /queue/tickets` writes it (the queue
 * repository's `takeNumber`). Through the API a number can only be taken while the point is
 * open, so on an evening, a weekend or a holiday the route would go unbenched; the bench must
 * not depend on the hour, and the server has (and must have) no way to move its clock.
 */
export async function ticketAt(databasePath: string, pointId: string, userId: string) {
  const db = new Database(databasePath)
  db.pragma('busy_timeout = 5000')
  const sql = sqliteSql(db)
  try {
    const now = new Date()
    const row = {
      id: randomUUID(),
      point_id: pointId,
      day: beijingDate(now),
      user_id: userId,
      taken_at: now.toISOString(),
    }
    if ((await createQrRepo(sql).takeNumber(row)) === null) throw new Error('no queue number')
    return row.id
  } finally {
    await sql.destroy()
  }
}

/** A valid value for each rule of a form field (as tests/mock/cases/support.ts fills them). */
function valueFor(field: CaseForm['fields'][number]): string {
  if (field.rule === 'id_number') return PEOPLE.zhang.idNumber
  if (field.rule === 'uscc') return FIRMS.software.uscc
  if (field.rule === 'mobile') return '13812345678'
  if (field.rule === 'date') return '2020-03-01'
  if (field.rule === 'choice') return field.choices?.[0] ?? ''
  return `示例${field.label}`
}

const pdf = (text: string) => new Blob([`%PDF-1.4\n% ${text}\n%%EOF\n`])

/** Submits a 一键代办 case for `source` with every field filled and each required material given. */
export async function submitCase(
  url: string,
  call: Call,
  token: string,
  source: { kind: 'item' | 'bundle'; id: string },
): Promise<string> {
  const form = (await call('GET', `/api/v1/cases/form?kind=${source.kind}&id=${source.id}`, token))
    .data as unknown as CaseForm
  const materials = []
  for (const { material } of form.materials.filter((m) => m.material.required)) {
    const body = new FormData()
    body.append('file', pdf(material.name), `${material.name}.pdf`)
    const response = await fetch(`${url}/api/v1/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body,
    })
    const uploaded = (await response.json()) as { data?: { id: string } }
    if (!uploaded.data) throw new Error(`upload: ${response.status} ${JSON.stringify(uploaded)}`)
    materials.push({ materialId: material.id, uploadIds: [uploaded.data.id], licenceId: null })
  }
  const fields = Object.fromEntries(form.fields.map((field) => [field.key, valueFor(field)]))
  const created = await call('POST', '/api/v1/cases', token, { source, fields, materials })
  return created.data?.id as string
}

/** The helper (of the dev helpers) a case was assigned to: the one who may read it. */
export async function helperOf(
  call: Call,
  caseId: string,
  helpers: string[],
): Promise<string | undefined> {
  for (const token of helpers) {
    try {
      await call('GET', `/api/v1/staff/cases/${caseId}`, token)
      return token
    } catch {
      // another helper's case
    }
  }
  return undefined
}

/**
 * A loan application of the owner's enterprise, after the self-assessment it needs; its 成立年限
 * is the one the profile's founding date gives today (the server checks they agree).
 */
export async function loanApplication(call: Call, owner: string, foundedOn: string) {
  await call('POST', '/api/v1/finance/credit-assessments', owner, {
    years: yearsBandOf(foundedOn, new Date()) ?? 'gt5',
    revenue: '500to2000',
    taxRating: 'A',
    overdue: 'none',
    collateral: 'yes',
    qualification: 'none',
  })
  const applied = await call('POST', '/api/v1/finance/applications', owner, {
    productId: 'abc-tax-credit',
    amount: '50',
    purpose: '示例：采购原材料',
    materialsReady: 'yes',
  })
  return applied.data?.id as string
}
