import { randomUUID } from 'node:crypto'
import {
  inspectCase,
  maskCode18,
  type CaseApplication,
  type CaseForm,
  type CaseRequest,
} from '../../../src/services/contract'
import { localDate } from '../booking/calendar'
import { walletOf } from '../ecert/wallet'
import type { Repos } from '../repositories'
import type { CaseRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import { caseForm } from './form'
import { transition } from './machine'
import {
  storedCorrections,
  storedFields,
  storedMaterials,
  type StoredField,
  type StoredMaterial,
} from './stored'

/** Keeps only what the form asks for, trimmed, in the form's order. */
function snapshot(form: CaseForm, application: CaseApplication) {
  const provided = new Map(application.materials.map((m) => [m.materialId, m]))
  const fields: StoredField[] = form.fields.map((f) => ({
    key: f.key,
    label: f.label,
    rule: f.rule,
    value: (application.fields[f.key] ?? '').trim(),
  }))
  const materials: StoredMaterial[] = form.materials.map(({ material }) => {
    const given = provided.get(material.id)
    const licenceId = given?.licenceId ?? null
    return {
      materialId: material.id,
      name: material.name,
      required: material.required,
      licenceId,
      uploadIds: licenceId ? [] : [...new Set(given?.uploadIds ?? [])],
    }
  })
  return { fields, materials }
}

/**
 * 材料体检 again on the server: the phone's verdict is never trusted. Only the user's own uploads
 * and 电子证照 exist for it, so a forged or foreign id reads as missing.
 */
async function requireReady(
  repos: Repos,
  /** The licences must be the applicant's; the files, whoever uploaded them (a grantee may). */
  who: { applicant: string; uploader: string },
  form: CaseForm,
  application: CaseApplication,
  now: Date,
) {
  const files = repos.uploads.ownedAmong(
    who.uploader,
    application.materials.flatMap((m) => m.uploadIds),
  )
  const licences = new Map(
    (await walletOf(repos, who.applicant, now)).map((l) => [
      l.id,
      { kind: l.kind, validUntil: l.valid_until },
    ]),
  )
  const inspection = inspectCase(
    form,
    application,
    { fileOf: (id) => files.get(id), licenceOf: (id) => licences.get(id) },
    now,
  )
  const blocking = inspection.issues.filter((i) => i.severity === 'block')
  if (blocking.length === 0) return
  const first = blocking[0]
  throw new ApiError(
    422,
    'CASE_NOT_READY',
    `材料体检未通过（${blocking.length}项）：${first ? `${first.label}：${first.message}` : ''}。请按提示修改后再提交`,
    Object.fromEntries(blocking.map((i) => [i.target, i.message])),
  )
}

/** The form showed the applicant's proven 身份证号 masked; the case stores the full number. */
function unmasked(repos: Repos, userId: string, application: CaseApplication): CaseApplication {
  const idNumber = repos.users.findById(userId)?.id_number
  if (!idNumber) return application
  const mask = maskCode18(idNumber)
  const fields = Object.fromEntries(
    Object.entries(application.fields).map(([key, value]) => [
      key,
      value.trim() === mask ? idNumber : value,
    ]),
  )
  return { ...application, fields }
}

function nextNumber(repos: Repos, now: Date): string {
  const prefix = `QS${localDate(now).replace(/-/g, '')}`
  return `${prefix}${String(repos.cases.countNumbered(prefix) + 1).padStart(4, '0')}`
}

function applicantOf(repos: Repos, userId: string, fields: readonly StoredField[]): string {
  const named = fields.find((f) => f.key === 'applicantName')?.value
  return named || repos.users.findById(userId)?.real_name || '申请人'
}

export async function submitCase(
  repos: Repos,
  userId: string,
  submitted: CaseRequest,
  now: Date,
  /** Whose uploads the materials are: a grantee uploads for the grantor. */
  uploaderId = userId,
): Promise<CaseRow> {
  const request = { ...submitted, ...unmasked(repos, userId, submitted) }
  const form = await caseForm(repos, request.source)
  await requireReady(repos, { applicant: userId, uploader: uploaderId }, form, request, now)
  const { fields, materials } = snapshot(form, request)
  const at = now.toISOString()
  return repos.cases.transaction(() => {
    const id = randomUUID()
    repos.cases.insert({
      id,
      number: nextNumber(repos, now),
      user_id: userId,
      source_kind: request.source.kind,
      source_id: request.source.id,
      title: form.title,
      promised_days: form.promisedDays,
      status: 'submitted',
      applicant: applicantOf(repos, userId, fields),
      fields_json: JSON.stringify(fields),
      materials_json: JSON.stringify(materials),
      submitted_at: at,
      updated_at: at,
    })
    repos.cases.addEvent(id, {
      at,
      event: 'submitted',
      actor: '申请人',
      note: '在线提交申请和材料',
    })
    const helper = repos.cases.leastBusyHelper()
    if (helper) {
      repos.cases.update(id, { helper_id: helper.user_id }, at)
      repos.cases.addEvent(id, {
        at,
        event: 'assigned',
        actor: '系统',
        note: `由帮办员${helper.name}（${helper.desk}）全程帮办`,
      })
    }
    const row = repos.cases.find(id)
    if (!row) throw new Error('case insert did not persist')
    return row
  })
}

/** Someone else's case is answered exactly like a missing one. */
export function ownCase(repos: Pick<Repos, 'cases'>, id: string, userId: string): CaseRow {
  const row = repos.cases.find(id)
  if (!row || row.user_id !== userId) throw notFound('没有找到该办件，请刷新“我的办件”后重试')
  return row
}

const materialState = (m: StoredMaterial) => JSON.stringify([m.licenceId ?? null, m.uploadIds])

/** Targets on the 补正 list that the new submission left exactly as they were. */
function untouched(
  row: CaseRow,
  fields: readonly StoredField[],
  materials: readonly StoredMaterial[],
) {
  const before = new Map<string, string>([
    ...storedFields(row).map((f) => [`field:${f.key}`, f.value] as const),
    ...storedMaterials(row).map((m) => [`material:${m.materialId}`, materialState(m)] as const),
  ])
  const after = new Map<string, string>([
    ...fields.map((f) => [`field:${f.key}`, f.value] as const),
    ...materials.map((m) => [`material:${m.materialId}`, materialState(m)] as const),
  ])
  return storedCorrections(row).filter((c) => before.get(c.target) === after.get(c.target))
}

/** The stored application with the 补正 patch laid over it: only what was listed is resent. */
function patched(row: CaseRow, patch: CaseApplication): CaseApplication {
  const fields = Object.fromEntries(storedFields(row).map((f) => [f.key, f.value]))
  const materials = new Map(
    storedMaterials(row).map((m) => [
      m.materialId,
      { materialId: m.materialId, uploadIds: m.uploadIds, licenceId: m.licenceId ?? null },
    ]),
  )
  for (const m of patch.materials) materials.set(m.materialId, m)
  return { fields: { ...fields, ...patch.fields }, materials: [...materials.values()] }
}

export async function resubmitCase(
  repos: Repos,
  userId: string,
  id: string,
  patch: CaseApplication,
  now: Date,
): Promise<CaseRow> {
  const current = ownCase(repos, id, userId)
  const form = await caseForm(repos, { kind: current.source_kind, id: current.source_id })
  const application = patched(current, unmasked(repos, userId, patch))
  await requireReady(repos, { applicant: userId, uploader: userId }, form, application, now)
  const { fields, materials } = snapshot(form, application)
  const at = now.toISOString()
  return repos.cases.transaction(() => {
    const row = ownCase(repos, id, userId)
    const status = transition(row.status, 'resubmit')
    const same = untouched(row, fields, materials)
    if (same.length > 0) {
      throw new ApiError(
        422,
        'CORRECTION_UNCHANGED',
        `还有${same.length}项补正内容没有修改，请按补正清单逐项修改后再提交`,
        Object.fromEntries(same.map((c) => [c.target, c.reason])),
      )
    }
    const count = storedCorrections(row).length
    repos.cases.update(
      id,
      {
        status,
        fields_json: JSON.stringify(fields),
        materials_json: JSON.stringify(materials),
        corrections_json: '[]',
      },
      at,
    )
    repos.cases.addEvent(id, {
      at,
      event: 'resubmitted',
      actor: '申请人',
      note: `已按补正清单修改${count}项并重新提交`,
    })
    return ownCase(repos, id, userId)
  })
}
