import { formatDay } from '../../../src/services/contract'
import type { CorrectionItem } from '../../../src/services/contract'
import type { Repos } from '../repositories'
import type { CaseRow, HelperRow } from './repository'
import { requireRole } from '../../auth/roles'
import { ApiError, notFound } from '../../http/errors'
import { transition } from './machine'
import { storedFields, storedMaterials } from './stored'
import { deadlineDate, promiseText } from './working-days'

/** The 帮办员 profile (name, desk) of a user who holds the helper role now. */
export function activeHelper(repos: Repos, userId: string): HelperRow | undefined {
  return repos.roles.holds(userId, 'helper') ? repos.cases.helper(userId) : undefined
}

export function requireHelper(repos: Repos, userId: string): HelperRow {
  requireRole(repos, userId, 'helper')
  const helper = repos.cases.helper(userId)
  if (!helper) {
    throw new ApiError(403, 'FORBIDDEN', '您的帮办员档案还未建立，请联系管理员')
  }
  return helper
}

/** A helper sees only the cases assigned to them; any other is answered as missing. */
export function assignedCase(repos: Repos, helper: HelperRow, id: string): CaseRow {
  const row = repos.cases.find(id)
  if (!row || row.helper_id !== helper.user_id) {
    throw notFound('没有找到分派给您的该办件，请刷新列表后重试')
  }
  return row
}

export type StaffAction =
  | { kind: 'accept' }
  | { kind: 'correction'; items: readonly CorrectionItem[] }
  | { kind: 'finish'; result: string }
  | { kind: 'refuse'; reason: string }

function checkTargets(row: CaseRow, items: readonly CorrectionItem[]): Map<string, string> {
  const labels = new Map<string, string>([
    ...storedFields(row).map((f) => [`field:${f.key}`, f.label] as const),
    ...storedMaterials(row).map((m) => [`material:${m.materialId}`, m.name] as const),
  ])
  const unknown = items.filter((i) => !labels.has(i.target))
  if (unknown.length > 0) {
    throw new ApiError(
      400,
      'VALIDATION',
      '补正清单里有本办件没有的内容，请刷新后重新勾选',
      Object.fromEntries(unknown.map((i) => [i.target, '本办件没有该项'])),
    )
  }
  return labels
}

/** Runs one staff step inside a transaction and records it on the timeline. */
export function actOnCase(
  repos: Repos,
  helperUserId: string,
  id: string,
  action: StaffAction,
  now: Date,
): CaseRow {
  const at = now.toISOString()
  return repos.cases.transaction(() => {
    const helper = requireHelper(repos, helperUserId)
    const row = assignedCase(repos, helper, id)
    const status = transition(row.status, action.kind)
    const actor = `帮办员${helper.name}`
    const record = (event: Parameters<Repos['cases']['addEvent']>[1]['event'], note: string) =>
      repos.cases.addEvent(id, { at, event, actor, note })
    if (action.kind === 'accept') {
      const deadline = deadlineDate(now, row.promised_days)
      repos.cases.update(id, { status, accepted_at: at, deadline }, at)
      record(
        'accepted',
        `已受理，${promiseText(row.promised_days)}，最迟${formatDay(deadline, now)}`,
      )
    } else if (action.kind === 'correction') {
      const labels = checkTargets(row, action.items)
      repos.cases.update(id, { status, corrections_json: JSON.stringify(action.items) }, at)
      record(
        'correction_requested',
        `一次性告知补正${action.items.length}项：${action.items.map((i) => labels.get(i.target)).join('、')}`,
      )
    } else if (action.kind === 'finish') {
      repos.cases.update(id, { status, result: action.result, closed_at: at }, at)
      record('finished', action.result)
    } else {
      repos.cases.update(id, { status, result: action.reason, closed_at: at }, at)
      record('refused', action.reason)
    }
    const updated = repos.cases.find(id)
    if (!updated) throw new Error('case vanished inside its transaction')
    return updated
  })
}
