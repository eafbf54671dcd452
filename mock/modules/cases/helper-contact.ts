import type { HelperContact } from '../../../src/services/contract'
import type { Repos } from '../repositories'
import { ApiError } from '../../http/errors'
import { isOpen } from './machine'

/** The window 帮办员 sit behind; their calls go through the hall's line during its hours. */
async function helperDesk(repos: Repos) {
  const desk = (await repos.servicePoints.list({ kind: 'center' })).find((point) =>
    point.features.includes('帮办代办'),
  )
  if (!desk) throw new ApiError(503, 'NO_HELPER_DESK', '帮办代办窗口暂未开通，请拨打12345咨询')
  return desk
}

/** The 帮办员 of the caller's latest open case; without one, the 帮办代办 window itself. */
export async function helperContact(repos: Repos, userId: string): Promise<HelperContact> {
  const desk = await helperDesk(repos)
  for (const row of await repos.cases.ofUser(userId)) {
    const helper =
      isOpen(row.status) && row.helper_id !== null
        ? await repos.cases.helper(row.helper_id)
        : undefined
    if (helper) {
      const { name, phone } = helper
      return { name, desk: helper.desk, phone, hours: desk.hours, caseNumber: row.number }
    }
  }
  return {
    name: '帮办代办窗口',
    desk: desk.name,
    phone: desk.phone,
    hours: desk.hours,
    caseNumber: null,
  }
}
