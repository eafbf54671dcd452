import { randomUUID } from 'node:crypto'
import { beijingDate } from '../../../src/services/contract'
import type { CaseRepo, CaseRow, NewCase } from './repository'

/** What the applicant filed; the number, status and times are the intake's. */
export type Filing = Omit<NewCase, 'id' | 'number' | 'status' | 'submitted_at' | 'updated_at'>

/**
 * Files a case: numbered in the day's sequence (QS + date + 4 digits) and assigned to the 帮办员
 * with the fewest open cases. Cases filed at once take turns (on every instance), so none share
 * a number and the work is spread evenly.
 */
export function fileCase(cases: CaseRepo, filing: Filing, now: Date): Promise<CaseRow> {
  const at = now.toISOString()
  const prefix = `QS${beijingDate(now).replace(/-/g, '')}`
  return cases.transaction(async () => {
    await cases.takeIntakeTurn()
    const id = randomUUID()
    const number = `${prefix}${String((await cases.countNumbered(prefix)) + 1).padStart(4, '0')}`
    await cases.insert({
      ...filing,
      id,
      number,
      status: 'submitted',
      submitted_at: at,
      updated_at: at,
    })
    await cases.addEvent(id, {
      at,
      event: 'submitted',
      actor: '申请人',
      note: '在线提交申请和材料',
    })
    const helper = await cases.leastBusyHelper()
    if (helper) {
      await cases.update(id, { helper_id: helper.user_id }, at)
      await cases.addEvent(id, {
        at,
        event: 'assigned',
        actor: '系统',
        note: `由帮办员${helper.name}（${helper.desk}）全程帮办`,
      })
    }
    const row = await cases.find(id)
    if (!row) throw new Error('case insert did not persist')
    return row
  })
}
