import type { FastifyInstance } from 'fastify'
import { bundleTiming, bundleTimingLines } from '../../../src/features/catalog/bundle-timing'
import type { Bundle, BundleSummary } from '../../../src/services/contract'
import { authed, json, login, testApp } from '../helpers'

let app: FastifyInstance
let token: string

beforeAll(async () => {
  app = testApp().app
  token = await login(app)
})
afterAll(() => app.close())

const get = async <T>(url: string) =>
  json<{ data: T }>(await app.inject(authed(token, { method: 'GET', url }))).data

async function allBundles(): Promise<Bundle[]> {
  const list = await get<{ items: BundleSummary[] }>('/api/v1/catalog/bundles')
  return Promise.all(list.items.map((b) => get<Bundle>(`/api/v1/catalog/bundles/${b.id}`)))
}

test('the 新生儿 bundle promises 1 working day where each member is 即办: the page says why', async () => {
  const newborn = await get<Bundle>('/api/v1/catalog/bundles/bundle-newborn')
  expect(bundleTiming(newborn)).toEqual({
    together: 1,
    oneByOne: 0,
    slowest: 0,
    verdict: 'slower',
    difference: 1,
  })
  const lines = bundleTimingLines(newborn)
  expect(lines.together).toBe('一起办：承诺1个工作日内全部办结，最多跑一次')
  expect(lines.separately).toBe('分别办：4个事项每项都是即办，要自己逐个办理，到现场2次')
  expect(lines.verdict).toMatch(
    /^为什么一起办要多1个工作日：\d个部门在后台依次接续办理，您不用逐个窗口去跑，少跑1次。/,
  )
})

test('诊所备案: 1 working day together against 3 one after another, in the same unit', async () => {
  const clinic = await get<Bundle>('/api/v1/catalog/bundles/bundle-clinic-filing')
  const lines = bundleTimingLines(clinic)
  expect(lines.separately).toMatch(
    /^分别办：3个事项一项接一项办合计3个工作日（最慢的一项1个工作日）/,
  )
  expect(lines.verdict).toMatch(/^一起办比一项接一项办少2个工作日/)
})

test('no bundle looks slower together than separately without saying why', async () => {
  for (const bundle of await allBundles()) {
    const t = bundleTiming(bundle)
    const { together, separately, verdict } = bundleTimingLines(bundle)
    expect([together, separately].join()).not.toMatch(/合计即办/)
    // The promise can never beat the slowest member handled alone.
    expect(t.together).toBeGreaterThanOrEqual(t.slowest)
    if (t.verdict === 'slower') expect(verdict).toMatch(/^为什么一起办要多\d+个工作日：/)
    else expect(verdict).not.toMatch(/为什么/)
  }
})
