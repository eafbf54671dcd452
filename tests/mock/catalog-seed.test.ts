import * as z from 'zod/mini'
import {
  ItemSummary,
  Material,
  checkUscc,
  usccCheckChar,
  type ItemType,
} from '../../src/services/contract'
import {
  CODE_PATTERN,
  TARGETS,
  TYPE_CODES,
  catalogSeed,
  handItems,
  unitCode,
} from '../../mock/modules/catalog/data'
import { department } from '../../mock/modules/catalog/data/departments'
import { ENTERPRISE_SCENES, PERSONAL_SCENES } from '../../mock/modules/catalog/data/scenes'
import type { ItemSeed } from '../../mock/modules/catalog/data/types'
import { servicePointSeed } from '../../mock/modules/points/seed-data'

const { items, materials, bundles } = catalogSeed
const byId = new Map(items.map((item) => [item.id, item]))
const materialIds = new Set(materials.map((m) => m.id))
const pointIds = new Set(servicePointSeed.map((p) => p.id))
const countType = (type: ItemType) => items.filter((i) => i.type === type).length
const dupes = (values: readonly string[]) =>
  values.filter((value, i) => values.indexOf(value) !== i)

describe('catalog seed: totals of 包头日报 2025-12-25', () => {
  it('has 868 依申请, 647 公共服务 and 2234 依职权 items', () => {
    expect(countType('application')).toBe(868)
    expect(countType('public_service')).toBe(647)
    expect(countType('ex_officio')).toBe(2234)
    expect(TARGETS).toEqual({
      application: 868,
      public_service: 647,
      ex_officio: 2234,
      license: 185,
    })
  })

  it('has at least 185 行政许可, all of them 依申请', () => {
    const licences = items.filter((i) => i.category === '行政许可')
    expect(licences.length).toBeGreaterThanOrEqual(185)
    expect(licences.every((i) => i.type === 'application')).toBe(true)
  })

  it('uses categories that fit each type', () => {
    const allowed: Record<ItemType, string[]> = {
      application: ['行政许可', '行政确认', '行政给付', '行政裁决', '行政奖励', '其他行政权力'],
      public_service: ['公共服务'],
      ex_officio: ['行政处罚', '行政强制', '行政检查', '行政征收', '其他行政权力'],
    }
    for (const item of items) expect(allowed[item.type]).toContain(item.category)
  })
})

describe('catalog seed: hand-written guides', () => {
  it('has at least 120 hand-written items, first in the list', () => {
    expect(handItems.length).toBeGreaterThanOrEqual(120)
    expect(items.slice(0, handItems.length)).toEqual(handItems)
  })

  it.each(handItems.map((i) => [i.name, i] as const))('%s has a complete guide', (_, item) => {
    expect(item.conditions.length).toBeGreaterThan(0)
    expect(item.materials.length).toBeGreaterThan(0)
    expect(item.steps.length).toBeGreaterThanOrEqual(3)
    expect(item.basis.length).toBeGreaterThan(0)
    expect(item.basis.every((b) => b.startsWith('《'))).toBe(true)
    expect(item.faqs.length).toBeGreaterThanOrEqual(2)
    expect(item.places.length).toBeGreaterThan(0)
    expect(item.fields.length).toBeGreaterThan(0)
    expect(item.keywords.length).toBeGreaterThan(0)
    expect(item.fee.length).toBeGreaterThan(0)
    expect([0, 1, 2]).toContain(item.visits)
    expect(item.promisedDays).toBeGreaterThanOrEqual(0)
    if (item.legalDays !== null) expect(item.promisedDays).toBeLessThanOrEqual(item.legalDays)
  })

  it('covers the high-frequency items the brief names', () => {
    const names = handItems.map((i) => i.name).join('\n')
    for (const word of [
      '企业开办（有限责任公司设立登记）',
      '社会保险单位参保登记',
      '职工参保登记',
      '不动产转移登记',
      '不动产抵押权首次登记',
      '城乡居民基本医疗保险费缴纳',
      '社会保险个人权益记录查询打印',
      '诊所备案',
      '医师执业注册（变更执业地点）',
      '护士执业注册（变更注册）',
      '家庭宽带新装',
      '企业互联网专线定制',
      '通信套餐变更',
      '个体工商户设立登记',
      '食品经营许可',
      '公共场所卫生许可',
      '灵活就业登记',
      '失业登记',
      '就业创业证申领',
      '企业职工正常退休审批',
      '基本医疗保险关系转移接续',
      '异地就医备案',
      '居住证申领',
      '户口迁移',
    ]) {
      expect(names).toContain(word)
    }
  })

  it('keeps 诊所备案 at the article’s 1 working day', () => {
    const clinic = handItems.find((i) => i.name === '诊所备案')
    expect(clinic?.promisedDays).toBe(1)
    expect(clinic?.code.startsWith(unitCode(department('health')))).toBe(true)
  })
})

describe('catalog seed: every item', () => {
  it('has unique ids, names and codes', () => {
    expect(dupes(items.map((i) => i.id))).toEqual([])
    expect(dupes(items.map((i) => i.name))).toEqual([])
    expect(dupes(items.map((i) => i.code))).toEqual([])
  })

  it('has a 实施编码 of the documented shape with a valid 统一社会信用代码 prefix', () => {
    for (const item of items) {
      const match = CODE_PATTERN.exec(item.code)
      expect(match).not.toBeNull()
      const prefix = match?.[1] ?? ''
      expect(prefix).toHaveLength(18)
      expect(usccCheckChar(prefix.slice(0, 17))).toBe(prefix[17])
      expect(checkUscc(prefix)).toEqual({ ok: true })
      expect(match?.[2]).toBe((TYPE_CODES as Record<string, string>)[item.category])
    }
  })

  it('codes each department with its own prefix', () => {
    const prefixes = new Map<string, Set<string>>()
    for (const item of items) {
      const set = prefixes.get(item.department) ?? new Set<string>()
      set.add(item.code.slice(0, 18))
      prefixes.set(item.department, set)
    }
    for (const set of prefixes.values()) expect(set.size).toBe(1)
    const all = [...prefixes.values()].map((s) => [...s][0])
    expect(dupes(all.map(String))).toEqual([])
  })

  it('never reads like a placeholder', () => {
    for (const item of items) expect(item.name).not.toMatch(/事项\d|测试|test/i)
  })

  it('has at least one scene, audience and scope, from the known lists', () => {
    const scenes = new Set<string>([...PERSONAL_SCENES, ...ENTERPRISE_SCENES])
    for (const item of items) {
      expect(item.scenes.length).toBeGreaterThan(0)
      expect(item.audiences.length).toBeGreaterThan(0)
      expect(item.scopes.length).toBeGreaterThan(0)
      for (const scene of item.scenes) expect(scenes).toContain(scene)
      expect(dupes(item.scopes)).toEqual([])
    }
    for (const scope of ['city', 'region', 'hbew', 'hb'] as const) {
      expect(items.some((i) => i.scopes.includes(scope))).toBe(true)
    }
  })

  it('resolves every material ref and service point, each once per item', () => {
    for (const item of items) {
      for (const use of item.materials) expect(materialIds).toContain(use.ref)
      for (const place of item.places) expect(pointIds).toContain(place.pointId)
      expect(dupes(item.materials.map((m) => m.ref))).toEqual([])
      expect(dupes(item.places.map((p) => p.pointId))).toEqual([])
    }
  })

  it('has every guide field present; 依申请 and 公共服务 items can be found and applied for', () => {
    for (const item of items) {
      expect(item.steps.length).toBeGreaterThanOrEqual(3)
      expect(item.conditions.length).toBeGreaterThan(0)
      expect(item.basis.length).toBeGreaterThan(0)
      expect(item.faqs.length).toBeGreaterThanOrEqual(2)
      expect(item.consultPhone).toMatch(/^0472-\d{7}$/)
      expect(item.complaint).toContain('12345')
      expect(item.complaint).toContain('办不成事')
      expect(item.department.length).toBeLessThanOrEqual(30)
      if (item.type !== 'ex_officio') {
        expect(item.places.length).toBeGreaterThan(0)
        expect(item.materials.length).toBeGreaterThan(0)
        expect(item.fields.length).toBeGreaterThan(0)
      }
    }
  })

  it('uses one label per form field key across the catalog', () => {
    const labels = new Map<string, string>()
    for (const item of items) {
      for (const field of item.fields) {
        expect(labels.get(field.key) ?? field.label).toBe(field.label)
        labels.set(field.key, field.label)
      }
    }
  })

  it('fits the wire contract', () => {
    for (const item of items) {
      const summary = {
        id: item.id,
        code: item.code,
        name: item.name,
        type: item.type,
        category: item.category,
        department: item.department,
        audiences: item.audiences,
        scenes: item.scenes,
        scopes: item.scopes,
        promisedDays: item.promisedDays,
        visits: item.visits,
        online: item.online,
        sample: item.sample,
      }
      expect(z.safeParse(ItemSummary, summary).success).toBe(true)
    }
    for (const m of materials) {
      const wire = { ...m, required: true, ecertAccepted: m.ecert }
      expect(z.safeParse(Material, wire).success).toBe(true)
    }
  })
})

describe('catalog seed: materials', () => {
  it('has a shared library of about 60–120 entries with unique ids and names', () => {
    expect(materials.length).toBeGreaterThanOrEqual(60)
    expect(materials.length).toBeLessThanOrEqual(120)
    expect(dupes(materials.map((m) => m.id))).toEqual([])
    expect(dupes(materials.map((m) => m.name))).toEqual([])
  })

  it('marks the 电子证照 the region covers', () => {
    const ecert = new Set(materials.filter((m) => m.ecert).map((m) => m.id))
    for (const id of [
      'idCard',
      'businessLicense',
      'householdRegister',
      'marriageCert',
      'propertyCert',
      'doctorCert',
      'nurseCert',
      'socialSecurityCard',
    ]) {
      expect(ecert).toContain(id)
    }
  })

  it('explains the copy rule people get wrong', () => {
    const idCard = materials.find((m) => m.id === 'idCard')
    expect(idCard?.sample).toContain('正反面复印在同一张A4纸上')
  })
})

describe('catalog seed: 一件事 bundles', () => {
  const members = (itemIds: string[]): ItemSeed[] =>
    itemIds.map((id) => byId.get(id)).filter((i): i is ItemSeed => i !== undefined)

  it('has at least 6 bundles with resolvable members', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(6)
    expect(dupes(bundles.map((b) => b.id))).toEqual([])
    for (const bundle of bundles) {
      expect(bundle.itemIds.length).toBeGreaterThanOrEqual(2)
      expect(members(bundle.itemIds)).toHaveLength(bundle.itemIds.length)
      expect(dupes(bundle.itemIds)).toEqual([])
    }
  })

  it('merges 诊所备案一件事 from the three items of the article: 1 day, 1 window, 1 visit', () => {
    const clinic = bundles.find((b) => b.name === '诊所备案一件事')
    expect(clinic).toBeDefined()
    expect(members(clinic?.itemIds ?? []).map((i) => i.name)).toEqual([
      '医师执业注册（变更执业地点）',
      '护士执业注册（变更注册）',
      '诊所备案',
    ])
    expect(clinic?.promisedDays).toBe(1)
    expect(clinic?.visits).toBe(1)
    expect(bundles.map((b) => b.name)).toContain('企业开办一件事')
  })

  it.each(bundles.map((b) => [b.name, b] as const))(
    '%s: members share a material and a field, so merging removes duplicates',
    (_, bundle) => {
      const list = members(bundle.itemIds)
      const common = <T>(sets: Set<T>[]) =>
        [...(sets[0] ?? new Set<T>())].filter((x) => sets.every((s) => s.has(x)))
      expect(common(list.map((i) => new Set(i.materials.map((m) => m.ref))))).not.toEqual([])
      expect(common(list.map((i) => new Set(i.fields.map((f) => f.key))))).not.toEqual([])
      const total = list.reduce((n, i) => n + i.materials.length, 0)
      const unique = new Set(list.flatMap((i) => i.materials.map((m) => m.ref))).size
      expect(unique).toBeLessThan(total)
      expect(bundle.promisedDays).toBeLessThanOrEqual(
        list.reduce((n, i) => n + i.promisedDays, 0) || bundle.promisedDays,
      )
      expect([...PERSONAL_SCENES, ...ENTERPRISE_SCENES]).toContain(bundle.scene)
    },
  )
})
