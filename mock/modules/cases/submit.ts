import {
  type CaseApplication,
  type CaseForm,
  type CaseRequest,
  inspectCase,
  maskCode18,
} from '../../../src/services/contract'
import { walletOf } from '../ecert/wallet'
import type { Repos } from '../repositories'
import type { CaseRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import { caseForm } from './form'
import { fileCase } from './intake'
import { overtaken, transition } from './machine'
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
  const files = await repos.uploads.ownedAmong(
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
async function unmasked(
  repos: Repos,
  userId: string,
  application: CaseApplication,
): Promise<CaseApplication> {
  const idNumber = (await repos.users.findById(userId))?.id_number
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

async function applicantOf(
  repos: Repos,
  userId: string,
  fields: readonly StoredField[],
): Promise<string> {
  const named = fields.find((f) => f.key === 'applicantName')?.value
  return named || (await repos.users.findById(userId))?.real_name || '申请人'
}

export async function submitCase(
  repos: Repos,
  userId: string,
  submitted: CaseRequest,
  now: Date,
  /** Whose uploads the materials are: a grantee uploads for the grantor. */
  uploaderId = userId,
): Promise<CaseRow> {
  const request = { ...submitted, ...(await unmasked(repos, userId, submitted)) }
  const form = await caseForm(repos, request.source)
  await requireReady(repos, { applicant: userId, uploader: uploaderId }, form, request, now)
  const { fields, materials } = snapshot(form, request)
  return fileCase(
    repos.cases,
    {
      user_id: userId,
      source_kind: request.source.kind,
      source_id: request.source.id,
      title: form.title,
      promised_days: form.promisedDays,
      applicant: await applicantOf(repos, userId, fields),
      fields_json: JSON.stringify(fields),
      materials_json: JSON.stringify(materials),
    },
    now,
  )
}

/** Someone else's case is answered exactly like a missing one. */
export async function ownCase(
  repos: Pick<Repos, 'cases'>,
  id: string,
  userId: string,
): Promise<CaseRow> {
  return requireOwn(await repos.cases.find(id), userId)
}

/** Someone else's case is answered exactly like a missing one. */
export function requireOwn<Row extends CaseRow>(row: Row | undefined, userId: string): Row {
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
  const current = await ownCase(repos, id, userId)
  const form = await caseForm(repos, { kind: current.source_kind, id: current.source_id })
  const application = patched(current, await unmasked(repos, userId, patch))
  await requireReady(repos, { applicant: userId, uploader: userId }, form, application, now)
  const { fields, materials } = snapshot(form, application)
  const at = now.toISOString()
  return repos.cases.transaction(async () => {
    const row = await ownCase(repos, id, userId)
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
    const change = {
      status,
      fields_json: JSON.stringify(fields),
      materials_json: JSON.stringify(materials),
      corrections_json: '[]',
    }
    // Only from 待补正: of two resubmissions sent at once, one is recorded.
    if (!(await repos.cases.transition(id, row.status, change, at))) {
      throw overtaken((await repos.cases.find(id))?.status, 'resubmit')
    }
    await repos.cases.addEvent(id, {
      at,
      event: 'resubmitted',
      actor: '申请人',
      note: `已按补正清单修改${count}项并重新提交`,
    })
    return ownCase(repos, id, userId)
  })
}
