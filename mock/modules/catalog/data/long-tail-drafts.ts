import type { Audience, ItemType, Scope } from '../../../../src/services/contract'
import { COMPLAINT, fieldsOf, mergePlaces, type Category, type Draft, type Use } from './build'
import { department } from './departments'
import type { FieldKey } from './fields'
import type { EntryGroup, Expanded, PenaltyGroup } from './long-tail-model'
import {
  PENALTY_FAQS,
  PROCEDURE_LAW,
  conditionsFor,
  exOfficioConditions,
  exOfficioFaqs,
  exOfficioSteps,
  faqsFor,
  stepsFor,
} from './long-tail-templates'
import { center, nearby } from './places'

/** Turns one vocabulary entry (or one 处罚 subject × violation) into a complete item draft. */
/** FNV-1a over the name: a fixed, reproducible spread for popularity and scopes. */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * 通办 scopes in about the article's shares of the 1413 认领 items: 全市通办 729 (≈52%), 全区通办
 * 271 (≈19%), 呼包鄂乌 547 (≈39%), 呼包 280 (≈20%). Every item keeps at least one scope, so an item
 * with none of the others counts as 全市通办.
 */
export function scopesFor(name: string, type: ItemType): Scope[] {
  if (type === 'ex_officio') return ['city']
  const h = hash(`scope:${name}`)
  const scopes: Scope[] = []
  if (h % 100 < 52) scopes.push('city')
  if ((h >>> 7) % 100 < 19) scopes.push('region')
  if ((h >>> 14) % 100 < 39) scopes.push('hbew')
  if ((h >>> 21) % 100 < 20) scopes.push('hb')
  return scopes.length > 0 ? scopes : ['city']
}

export const DEFAULT_DAYS: Record<Category, [number | null, number]> = {
  行政许可: [20, 5],
  行政确认: [20, 5],
  行政给付: [30, 15],
  行政裁决: [60, 45],
  行政奖励: [30, 20],
  其他行政权力: [20, 3],
  公共服务: [null, 0],
  行政处罚: [null, 60],
  行政强制: [30, 30],
  行政检查: [null, 20],
  行政征收: [null, 0],
}
export const DEFAULT_VISITS: Record<Category, number> = {
  行政许可: 1,
  行政确认: 1,
  行政给付: 0,
  行政裁决: 1,
  行政奖励: 0,
  其他行政权力: 0,
  公共服务: 0,
  行政处罚: 0,
  行政强制: 0,
  行政检查: 0,
  行政征收: 0,
}

/** 公共服务 that only inform (查询、咨询、热线…) need no identity document to be shown. */
const NEEDS_IDENTITY =
  /申领|办理|登记|开具|提取|缴存|缴纳|报销|申请|变更|转移|注销|补|挂失|报装|过户|开户|接收|转递|签注|认定|预约|签约|建册|注册|贷款|还款|核定|报停|恢复|启用|激活|发放|安置|评估|筛查|检查|鉴定|体检|年审/

export function identityUses(audience: Audience, category: Category, name: string): Use[] {
  if (category === '公共服务' && !NEEDS_IDENTITY.test(name)) {
    return [
      {
        ref: 'idCard',
        required: false,
        note: '仅咨询、查询公开信息的无需提供；查询本人信息时出示',
      },
    ]
  }
  return audience === 'enterprise' ? ['businessLicense', 'idCard'] : ['idCard']
}

export function materialsFor(
  group: EntryGroup,
  category: Category,
  name: string,
): Draft['materials'] {
  const uses: Use[] = [...identityUses(group.audiences[0] ?? 'personal', category, name)]
  if (category === '行政许可' || category === '其他行政权力') uses.push('permitApplication')
  uses.push(...(group.materials ?? []), {
    ref: 'powerOfAttorney',
    required: false,
    note: '委托他人办理的提交',
  })
  const seen = new Set<string>()
  const out: Draft['materials'] = []
  for (const u of uses) {
    const use = typeof u === 'string' ? { ref: u } : { ...u }
    if (seen.has(use.ref)) continue
    seen.add(use.ref)
    out.push(use)
  }
  return out
}

export const ENTERPRISE_FIELDS: FieldKey[] = [
  'enterpriseName',
  'uscc',
  'legalRepresentative',
  'contactPerson',
  'phone',
]
export const PERSONAL_FIELDS: FieldKey[] = ['applicantName', 'idNumber', 'phone', 'address']

export function uniqueWords(words: string[], name: string): string[] {
  return [...new Set(words)].filter((w) => w.length > 0 && w !== name)
}

export function entryDraft(id: string, group: EntryGroup, e: Expanded): Draft {
  const dept = department(group.dept)
  const category = group.category
  const type: ItemType =
    category === '公共服务'
      ? 'public_service'
      : ['行政强制', '行政征收', '行政检查', '行政处罚'].includes(category)
        ? 'ex_officio'
        : 'application'
  const [legalDays, promisedDays] = group.days ?? DEFAULT_DAYS[category]
  const exOfficio = type === 'ex_officio'
  const audience = group.audiences[0] ?? 'personal'
  const places = exOfficio
    ? []
    : mergePlaces([center(dept.window), ...(group.nearby === true ? nearby() : [])])
  return {
    id,
    sample: true,
    name: e.name,
    main: e.main,
    sub: e.sub,
    type,
    category,
    department: dept.name,
    audiences: [...group.audiences],
    scenes: [...group.scenes],
    scopes: scopesFor(e.name, type),
    keywords: uniqueWords([e.main, e.sub, ...(group.keywords ?? [])], e.name),
    conditions: exOfficio
      ? exOfficioConditions(category, dept.name, e.name)
      : conditionsFor(category, e, group),
    materials: exOfficio ? [] : materialsFor(group, category, e.name),
    steps: exOfficio ? exOfficioSteps(category) : stepsFor(category, dept.name, promisedDays),
    legalDays,
    promisedDays,
    fee: group.fee ?? '不收费',
    visits: exOfficio ? 0 : DEFAULT_VISITS[category],
    online: !exOfficio && category !== '行政裁决',
    basis: [...group.basis],
    faqs: exOfficio ? exOfficioFaqs(category) : faqsFor(category, e, dept.phone),
    places,
    consultPhone: dept.phone,
    complaint: COMPLAINT,
    fields: exOfficio
      ? []
      : fieldsOf(audience === 'enterprise' ? ENTERPRISE_FIELDS : PERSONAL_FIELDS),
    popularity: 1 + (hash(e.name) % (type === 'ex_officio' ? 8 : 60)),
  }
}

export function penaltyDraft(
  id: string,
  group: PenaltyGroup,
  subject: string,
  violation: string,
  name: string,
): Draft {
  const dept = department(group.dept)
  return {
    id,
    sample: true,
    name,
    main: `${group.topic}类违法行为的行政处罚`,
    sub: subject === '' ? group.topic : subject,
    type: 'ex_officio',
    category: '行政处罚',
    department: dept.name,
    audiences: [...group.audiences],
    scenes: [...group.scenes],
    scopes: ['city'],
    keywords: uniqueWords([subject, group.topic, '行政处罚'], name),
    conditions: [
      `依职权实施：${dept.name}在日常检查、投诉举报核查、上级交办或者部门移送中发现${subject === '' ? '当事人' : subject}涉嫌${violation}`,
      '违法事实清楚、证据确凿，依照设定依据应当给予行政处罚',
      '有从轻、减轻或者不予处罚情形的，依照《中华人民共和国行政处罚法》第三十二条、第三十三条处理',
    ],
    materials: [],
    steps: [
      { title: '立案', detail: '对违法线索初步核查，符合立案标准的及时立案' },
      {
        title: '调查取证',
        detail: '两名以上执法人员出示执法证件，依法收集证据，制作现场笔录和询问笔录',
      },
      {
        title: '告知',
        detail: '作出决定前书面告知拟处罚的内容及事实、理由、依据，以及陈述、申辩和要求听证的权利',
      },
      {
        title: '决定',
        detail: '经法制审核和负责人审查（重大案件集体讨论），自立案之日起90日内作出行政处罚决定',
      },
      {
        title: '送达执行',
        detail: '7日内送达处罚决定书；当事人自收到之日起15日内缴纳罚款，处罚信息依法公示',
      },
    ],
    legalDays: null,
    promisedDays: 60,
    fee: '不收费',
    visits: 0,
    online: false,
    basis: [...group.basis, PROCEDURE_LAW],
    faqs: PENALTY_FAQS,
    places: [],
    consultPhone: dept.phone,
    complaint: COMPLAINT,
    fields: [],
    popularity: 1 + (hash(name) % 8),
  }
}
