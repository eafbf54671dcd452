import {
  maskCode18,
  maskName,
  maskPhone,
  type CaseClock,
  type CaseDetail,
  type CaseSummary,
} from '../../../src/services/contract'
import type { Repos } from '../repositories'
import { actedBy } from '../family/act'
import { maskedGrantee } from '../family/view'
import type {
  CaseEventRow,
  CaseListRow,
  CaseListWithPeople,
  CaseRow,
  CaseWithPeople,
  HelperRow,
} from './repository'
import type { UploadRow } from '../../files/repository'
import { licenceRef } from '../ecert/view'
import { toRating } from './rating'
import { storedCorrections, storedFields, storedMaterials, type StoredField } from './stored'
import { correctionDeadline, endOf, workingDaysLeft } from './working-days'

export function caseClock(row: CaseListRow, now: Date): CaseClock {
  if (row.deadline === null) {
    return { state: 'waiting', deadline: null, workingDaysLeft: null, overdue: false }
  }
  const end = endOf(row.deadline)
  const running = row.status === 'accepted'
  const at = running ? now : new Date(row.closed_at ?? now.toISOString())
  return {
    state: running ? 'running' : 'stopped',
    deadline: end.toISOString(),
    workingDaysLeft: workingDaysLeft(row.deadline, at),
    overdue: at >= end,
  }
}

function summaryOf(
  row: CaseListRow,
  helper: HelperRow | undefined,
  acted: { actedBy?: string },
  now: Date,
): CaseSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    source: { kind: row.source_kind, id: row.source_id },
    status: row.status,
    promisedDays: row.promised_days,
    clock: caseClock(row, now),
    helper: helper ? { name: helper.name, desk: helper.desk, phone: helper.phone } : null,
    applicant: maskName(row.applicant),
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    ...acted,
  }
}

export async function toCaseSummary(
  repos: Repos,
  row: CaseListRow,
  now: Date,
): Promise<CaseSummary> {
  const helper = row.helper_id === null ? undefined : await repos.cases.helper(row.helper_id)
  return summaryOf(row, helper, await actedBy(repos, row.id), now)
}

/** A list's summaries, each row read with its 帮办员 and who filed it (no read per row). */
export function toCaseSummaries(rows: readonly CaseListWithPeople[], now: Date): CaseSummary[] {
  return rows.map((row) => summaryOf(row, helperOf(row), actedOf(row), now))
}

type People = Pick<
  CaseWithPeople,
  'helper_id' | 'helper_name' | 'helper_desk' | 'helper_phone' | 'acted_grantee'
>

function helperOf(row: People): HelperRow | undefined {
  const { helper_name: name, helper_desk: desk, helper_phone: phone } = row
  return row.helper_id !== null && name !== null && desk !== null && phone !== null
    ? { user_id: row.helper_id, name, desk, phone }
    : undefined
}

const actedOf = ({ acted_grantee: name }: People) =>
  name === null ? {} : { actedBy: maskedGrantee(name) }

function maskedValue(field: StoredField): string {
  if (field.rule === 'id_number') return maskCode18(field.value)
  if (field.rule === 'mobile') return maskPhone(field.value)
  return field.value
}

const toUpload = (row: UploadRow) => ({
  id: row.id,
  name: row.name,
  mime: row.mime,
  size: row.size,
  sha256: row.sha256,
  width: row.width,
  height: row.height,
  sharpness: row.sharpness,
  createdAt: row.created_at,
})

function correctionDue(requestedAt: string, now: Date) {
  const lastDay = correctionDeadline(requestedAt)
  return { lastDay, workingDaysLeft: workingDaysLeft(lastDay, now) }
}

export async function toCaseDetail(repos: Repos, row: CaseRow, now: Date): Promise<CaseDetail> {
  return detailOf(repos, row, await toCaseSummary(repos, row, now), now)
}

/** The detail of a case read with its people (`findWithPeople`): no more reads for them. */
export function withPeopleDetail(
  repos: Repos,
  row: CaseWithPeople,
  now: Date,
): Promise<CaseDetail> {
  // A case of one item was read with its item's name: the catalog is not read again.
  const items =
    row.source_kind === 'item'
      ? row.item_name === null
        ? []
        : [{ id: row.source_id, name: row.item_name }]
      : undefined
  return detailOf(repos, row, summaryOf(row, helperOf(row), actedOf(row), now), now, {
    items,
    timeline: row.timeline,
    uploads: new Map(row.files.map((file) => [file.id, file])),
  })
}

type ItemRef = CaseDetail['items'][number]

async function itemsOf(repos: Repos, row: CaseRow): Promise<ItemRef[]> {
  const items = await repos.catalog.summaries(
    row.source_kind === 'item'
      ? [row.source_id]
      : ((await repos.bundles.find(row.source_id))?.itemIds ?? []),
  )
  return items.map((i) => ({ id: i.id, name: i.name }))
}

async function detailOf(
  repos: Repos,
  row: CaseRow,
  summary: CaseSummary,
  now: Date,
  /** What was read with the case (its items, its timeline, its files). */
  known: {
    items?: ItemRef[]
    timeline?: CaseEventRow[]
    uploads?: ReadonlyMap<string, UploadRow>
  } = {},
): Promise<CaseDetail> {
  const fields = storedFields(row)
  const materials = storedMaterials(row)
  const uploads =
    known.uploads ?? (await repos.uploads.byIds(materials.flatMap((m) => m.uploadIds)))
  const licences = await repos.cases.licences(materials.flatMap((m) => m.licenceId ?? []))
  const labels = new Map<string, string>([
    ...fields.map((f) => [`field:${f.key}`, f.label] as const),
    ...materials.map((m) => [`material:${m.materialId}`, m.name] as const),
  ])
  return {
    ...summary,
    items: known.items ?? (await itemsOf(repos, row)),
    fields: fields.map((f) => ({ key: f.key, label: f.label, value: maskedValue(f) })),
    materials: materials.map((m) => {
      const licence = m.licenceId ? licences.get(m.licenceId) : undefined
      return {
        materialId: m.materialId,
        name: m.name,
        required: m.required,
        licence: licence ? licenceRef(licence) : null,
        files: m.uploadIds.flatMap((id) => {
          const upload = uploads.get(id)
          return upload ? [toUpload(upload)] : []
        }),
      }
    }),
    timeline: known.timeline ?? (await repos.cases.events(row.id)),
    corrections:
      row.status === 'correction'
        ? storedCorrections(row).map((c) => ({ ...c, label: labels.get(c.target) ?? c.target }))
        : [],
    correctionDue: row.status === 'correction' ? correctionDue(row.updated_at, now) : null,
    result: row.result,
    rating: toRating(row),
  }
}

export { toUpload }
