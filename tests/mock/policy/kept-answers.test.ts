// A firm's profile, its deadline calendar and a policy's detail are answers kept whole and
// encoded once (mock/http/kept-answer.ts), with the stored profile and the matches they are made
// of: a write from any process — straight to the database here — shows in the next answer.
import {
  EMPTY_PROFILE_FORM,
  type EnterpriseProfile,
  type PolicyCalendar,
  type PolicyDetail,
} from '../../../src/services/contract'
import { actAsFirm, authed, FIRMS, json, login, SOFTWARE_PROFILE, testApp } from '../helpers'
import { sqlOf } from '../cases/statements'

const { app, sql } = testApp()
let token = ''
let enterpriseId = ''

beforeAll(async () => {
  await app.ready()
  token = await login(app, 'dev:kept-answers-firm')
  enterpriseId = await actAsFirm(app, token, FIRMS.software)
  const saved = await app.inject(
    authed(token, { method: 'PUT', url: '/api/v1/policy/profile', payload: SOFTWARE_PROFILE }),
  )
  expect(saved.statusCode).toBe(200)
})
afterAll(() => app.close())

const get = async <T>(url: string) => {
  const response = await app.inject(authed(token, { method: 'GET', url }))
  expect(response.statusCode).toBe(200)
  return json<{ data: T }>(response).data
}
const warm = async <T>(url: string) => {
  const first = await get<T>(url)
  expect(await get<T>(url)).toEqual(first)
  return first
}
const storeProfile = (form: object) =>
  sql
    .updateTable('enterprise_profiles')
    .set({ form_json: JSON.stringify(form) })
    .where('enterprise_id', '=', enterpriseId)
    .execute()

test('the profile shows a firm renamed and a profile saved by another process at once', async () => {
  const before = await warm<EnterpriseProfile>('/api/v1/policy/profile')
  expect(before.form).toEqual(SOFTWARE_PROFILE)
  await sql
    .updateTable('enterprises')
    .set({ name: '示例 另一进程改名的企业' })
    .where('id', '=', enterpriseId)
    .execute()
  expect((await get<EnterpriseProfile>('/api/v1/policy/profile')).enterpriseName).toBe(
    '示例 另一进程改名的企业',
  )
  await storeProfile({ ...SOFTWARE_PROFILE, staff: '800' })
  const after = await get<EnterpriseProfile>('/api/v1/policy/profile')
  expect(after.form.staff).toBe('800')
  expect(after.sizeLabel).not.toBe(before.sizeLabel)
  await storeProfile(SOFTWARE_PROFILE)
})

test('the deadline calendar and a policy detail follow a profile saved by another process at once', async () => {
  const calendar = await warm<PolicyCalendar>('/api/v1/policy/calendar')
  const first = calendar.items[0]
  if (!first) throw new Error('no deadline for the software firm')
  const url = `/api/v1/policy/matches/${first.policy.id}`
  const detail = await warm<PolicyDetail>(url)
  expect(detail.match.status).toBe(first.status)

  await storeProfile(EMPTY_PROFILE_FORM)
  const emptied = await get<PolicyDetail>(url)
  expect(emptied.match.status).not.toBe(detail.match.status)
  const after = (await get<PolicyCalendar>('/api/v1/policy/calendar')).items
  expect(after.find((i) => i.policy.id === first.policy.id)?.status).not.toBe(first.status)
  await storeProfile(SOFTWARE_PROFILE)
  expect(await get<PolicyDetail>(url)).toEqual(detail)
})

test('a policy detail reads the policies version with the profile, not again', async () => {
  const { items } = await get<PolicyCalendar>('/api/v1/policy/calendar')
  const url = `/api/v1/policy/matches/${items[0]?.policy.id ?? ''}`
  await get(url)
  const ran = await sqlOf(() => get(url))
  if (ran === null) return
  expect(ran.filter((s) => s.includes('from "content_versions"'))).toHaveLength(1)
  // The session, the user, the firm they act for, its profile with the policies version.
  expect(ran).toHaveLength(4)
})
