// The 帮办员 desk in 李帮办's own app: a resident's 诊所备案一件事 waits; 受理 starts the clock.
import type { CaseDetail } from '../../src/services/contract'
import { PEOPLE } from '../mock/helpers'
import { caseFormOf, CLINIC, completeApplication } from '../mock/cases/support'
import { startBackend } from './support/backend'
import { launchApp, type MiniApp } from './support/mini-app'
import { waitFor } from './support/simulate'

const backend = startBackend()
let app: MiniApp
let filed: CaseDetail

beforeAll(async () => {
  // 王志强 (实名) files the bundle for 王丽; it goes to 李帮办, the helper with fewer open cases.
  const resident = await backend.signIn('doctor')
  await resident.verify(PEOPLE.doctor)
  const form = await caseFormOf(backend.server, resident.token)
  const application = await completeApplication(backend.server, resident.token, form)
  filed = await resident.call<CaseDetail>('POST', '/api/v1/cases', {
    source: CLINIC,
    ...application,
  })
  expect(filed.helper?.name).toBe('李帮办')
  app = launchApp({ server: backend.server, loginCode: 'dev:helper-1' })
  await app.signedIn()
}, 30000)

test('the desk lists the case waiting for 受理, with the applicant masked', async () => {
  const page = await app.open('packages/cases/pages/staff/index')
  try {
    await page.waitForText('✓ 待办', '已办结', '诊所备案一件事', '申请人 王*', filed.number)
    await page.tap('诊所备案一件事')
    await waitFor(() =>
      expect(
        app.wx
          .callsTo('navigateTo')
          .map(([o]) => (o as { url: string }).url)
          .at(-1),
      ).toBe(`/packages/cases/pages/staff-case/index?id=${filed.id}`),
    )
  } finally {
    page.close()
  }
})

test('受理 starts the 1-working-day clock: 办理中, due the next working day', async () => {
  const page = await app.open('packages/cases/pages/staff-case/index', { id: filed.id })
  try {
    await page.waitForText('受理（开始计时）', '要求补正', '不予受理', '待受理')
    await page.tap('受理（开始计时）')
    await page.waitForText('办理中', '剩余1个工作日（不含今天），最迟3月3日 周二办结')
    expect(app.wx.requests(`POST /api/v1/staff/cases/${filed.id}/accept`)).toHaveLength(1)
  } finally {
    page.close()
  }
})
