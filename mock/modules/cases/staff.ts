import { formatDay } from '../../../src/services/contract'
import type { CorrectionItem } from '../../../src/services/contract'
import type { Repos } from '../repositories'
import type { CaseChange, CaseEventRow, CaseRow, HelperGrantRow, HelperRow } from './repository'
import { requireRole } from '../../auth/roles'
import { ApiError, notFound } from '../../http/errors'
import { overtaken, transition } from './machine'
import { storedFields, storedMaterials } from './stored'
import { deadlineDate, promiseText } from './working-days'

/** What the 帮办员's steps read and write. */
export type StaffRepos = Pick<Repos, 'cases' | 'roles'>

/** The 帮办员 profile (name, desk) of a user who holds the helper role now. */
export async function activeHelper(
  repos: StaffRepos,
  userId: string,
): Promise<HelperRow | undefined> {
  return (await repos.roles.holds(userId, 'helper')) ? repos.cases.helper(userId) : undefined
}

/** The grant and the profile in one read (on every request of the 帮办 desk). */
export async function requireHelper(repos: StaffRepos, userId: string): Promise<HelperRow> {
  return helperOfGrant(repos, userId, await repos.cases.helperGrant(userId))
}

/** The 帮办员 of a helper grant read with its profile; without the grant, the role check's 403. */
export async function helperOfGrant(
  repos: StaffRepos,
  userId: string,
  found: HelperGrantRow | undefined,
): Promise<HelperRow> {
  if (!found) {
    // No live grant: the role check says so, naming the account the page needs.
    await requireRole(repos, userId, 'helper')
    return (await repos.cases.helper(userId)) ?? noProfile() // granted a moment ago
  }
  const { user_id, name, desk, phone } = found
  if (user_id === null || name === null || desk === null || phone === null) return noProfile()
  return { user_id, name, desk, phone }
}

function noProfile(): never {
  throw new ApiError(403, 'FORBIDDEN', '您的帮办员档案还未建立，请联系管理员')
}

/** A helper sees only the cases assigned to them; any other is answered as missing. */
export async function assignedCase(
  repos: Pick<Repos, 'cases'>,
  helper: HelperRow,
  id: string,
): Promise<CaseRow> {
  return requireAssigned(await repos.cases.find(id), helper)
}

export function requireAssigned<Row extends CaseRow>(row: Row | undefined, helper: HelperRow): Row {
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
      'VALIDATION_FAILED',
      '补正清单里有本办件没有的内容，请刷新后重新勾选',
      Object.fromEntries(unknown.map((i) => [i.target, '本办件没有该项'])),
    )
  }
  return labels
}

/**
 * Runs one staff step inside a transaction and records it on the timeline. The step moves the
 * case only from the status it was read in, so of two steps sent at once one is recorded.
 */
export function actOnCase(
  repos: StaffRepos,
  helperUserId: string,
  id: string,
  action: StaffAction,
  now: Date,
): Promise<CaseRow> {
  const at = now.toISOString()
  return repos.cases.transaction(async () => {
    const helper = await requireHelper(repos, helperUserId)
    const row = await assignedCase(repos, helper, id)
    const status = transition(row.status, action.kind)
    const move = async (change: CaseChange) => {
      if (!(await repos.cases.transition(id, row.status, { status, ...change }, at))) {
        throw overtaken((await repos.cases.find(id))?.status, action.kind)
      }
    }
    const record = (event: CaseEventRow['event'], note: string) =>
      repos.cases.addEvent(id, { at, event, actor: `帮办员${helper.name}`, note })
    if (action.kind === 'accept') {
      const deadline = deadlineDate(now, row.promised_days)
      await move({ accepted_at: at, deadline })
      await record(
        'accepted',
        `已受理，${promiseText(row.promised_days)}，最迟${formatDay(deadline, now)}`,
      )
    } else if (action.kind === 'correction') {
      const labels = checkTargets(row, action.items)
      await move({ corrections_json: JSON.stringify(action.items) })
      await record(
        'correction_requested',
        `一次性告知补正${action.items.length}项：${action.items.map((i) => labels.get(i.target)).join('、')}`,
      )
    } else if (action.kind === 'finish') {
      await move({ result: action.result, closed_at: at })
      await record('finished', action.result)
    } else {
      await move({ result: action.reason, closed_at: at })
      await record('refused', action.reason)
    }
    const updated = await repos.cases.find(id)
    if (!updated) throw new Error('case vanished inside its transaction')
    return updated
  })
}
