import { catalogSeed } from '../../../mock/modules/catalog/data'
import { intents, matchIntent, type PlanSpec } from '../../../mock/modules/guide/intents'
import { normalizeAsk } from '../../../mock/modules/guide/words'

const itemIds = new Set(catalogSeed.items.map((i) => i.id))
const bundleIds = new Set(catalogSeed.bundles.map((b) => b.id))

const specs = intents.flatMap((intent) =>
  intent.plan
    ? [{ where: intent.id, spec: intent.plan }]
    : (intent.question?.choices ?? []).map((c) => ({
        where: `${intent.id}/${c.id}`,
        spec: c.plan,
      })),
)

test('at least ten common intents, each pointing at real catalog items and bundles', () => {
  expect(intents.length).toBeGreaterThanOrEqual(10)
  const broken = specs.flatMap(({ where, spec }: { where: string; spec: PlanSpec }) => [
    ...(spec.bundle && !bundleIds.has(spec.bundle) ? [`${where}: ${spec.bundle}`] : []),
    ...spec.items.filter((id) => !itemIds.has(id)).map((id) => `${where}: ${id}`),
  ])
  expect(broken).toEqual([])
  for (const { spec } of specs)
    expect(spec.bundle !== undefined || spec.items.length > 0).toBe(true)
})

test.each([
  ['我要开饭店', '开饭店'],
  ['开个小吃店要办什么手续', '开饭店'],
  ['想开个餐馆', '开饭店'],
  ['开个小卖部', '开小卖部'],
  ['开诊所', '开诊所'],
  ['生孩子要办什么', '生孩子'],
  ['我快退休了', '退休'],
  ['买房过户', '买房过户'],
  ['继承父母的房子过户', '继承房产'],
  ['身份证丢了怎么办', '补办身份证'],
  ['补办社保卡', '补办社保卡'],
  ['社保卡补办', '补办社保卡'],
  ['社会保障卡补办', '补办社保卡'],
  ['交暖气费', '交暖气费'],
  ['孩子出生了 🍼', '生孩子'],
])('“%s” is understood as %s', (said, label) => {
  expect(matchIntent(normalizeAsk(said))?.label).toBe(label)
})

test('a request no rule covers matches none', () => {
  expect(matchIntent(normalizeAsk('今天天气怎么样'))).toBeNull()
})
