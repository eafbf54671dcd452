import type Database from 'better-sqlite3'
import type { LicenceKind } from '../../../src/services/contract'

export interface LicenceSeed {
  id: string
  kind: LicenceKind
  holderKind: 'person' | 'enterprise'
  /** 居民身份证号 of a person, 统一社会信用代码 of an enterprise (both with valid check characters). */
  holderCode: string
  holderName: string
  number: string
  issuer: string
  issuedOn: string
  /** null: 长期有效 */
  validUntil: string | null
  facts: readonly { label: string; value: string }[]
}

const PSB_QINGSHAN = '包头市公安局青山区分局'
const HEALTH_QINGSHAN = '包头市青山区卫生健康委员会'
const MARKET_QINGSHAN = '包头市青山区市场监督管理局'

/** Fictional holders of 青山区, for dev, tests and the demo: sign in, 实名 as one, see the wallet. */
export const HOLDERS = {
  doctor: { name: '王志强', idNumber: '150204198503123156' },
  nurse: { name: '李秀梅', idNumber: '150204199011052464' },
  owner: { name: '赵建华', idNumber: '15020319780621517X' },
  clinic: { name: '包头市青山区志强全科诊所', uscc: '92150204MA0R3L5K6X' },
  food: { name: '包头市青山区康宁食品有限公司', uscc: '91150204MA0Q8K7D2N' },
} as const

const person = (holder: { name: string; idNumber: string }) => ({
  holderKind: 'person' as const,
  holderCode: holder.idNumber,
  holderName: holder.name,
})
const enterprise = (holder: { name: string; uscc: string }) => ({
  holderKind: 'enterprise' as const,
  holderCode: holder.uscc,
  holderName: holder.name,
})

/** The seeded 电子证照库; some licences are expired on purpose, so 材料体检 has one to refuse. */
export const LICENCE_SEED: readonly LicenceSeed[] = [
  {
    id: 'lic-doctor-id',
    kind: 'id_card',
    ...person(HOLDERS.doctor),
    number: HOLDERS.doctor.idNumber,
    issuer: PSB_QINGSHAN,
    issuedOn: '2016-05-20',
    validUntil: '2036-05-20',
    facts: [{ label: '住址', value: '内蒙古自治区包头市青山区幸福路街道富强路12号' }],
  },
  {
    id: 'lic-doctor-cert',
    kind: 'doctor_cert',
    ...person(HOLDERS.doctor),
    number: '110150204003152',
    issuer: HEALTH_QINGSHAN,
    issuedOn: '2019-08-20',
    validUntil: null,
    facts: [
      { label: '执业类别', value: '临床' },
      { label: '执业范围', value: '全科医学专业' },
      { label: '执业地点', value: '包头市青山区富强路街道社区卫生服务中心' },
    ],
  },
  {
    id: 'lic-doctor-property',
    kind: 'property_cert',
    ...person(HOLDERS.doctor),
    number: '蒙（2021）包头市不动产权第0023456号',
    issuer: '包头市自然资源局',
    issuedOn: '2021-07-09',
    validUntil: null,
    facts: [
      { label: '坐落', value: '包头市青山区幸福路街道富强路12号底商1-101' },
      { label: '用途', value: '商业服务' },
      { label: '建筑面积（平方米）', value: '85.60' },
    ],
  },
  {
    id: 'lic-clinic-business',
    kind: 'business_license',
    ...enterprise(HOLDERS.clinic),
    number: HOLDERS.clinic.uscc,
    issuer: MARKET_QINGSHAN,
    issuedOn: '2024-03-18',
    validUntil: null,
    facts: [
      { label: '类型', value: '个体工商户' },
      { label: '经营者', value: HOLDERS.doctor.name },
      { label: '经营场所', value: '包头市青山区幸福路街道富强路12号底商1-101' },
    ],
  },
  {
    id: 'lic-nurse-id',
    kind: 'id_card',
    ...person(HOLDERS.nurse),
    number: HOLDERS.nurse.idNumber,
    issuer: PSB_QINGSHAN,
    issuedOn: '2014-02-10',
    validUntil: '2024-02-10',
    facts: [{ label: '住址', value: '内蒙古自治区包头市青山区青山路街道文化路28号院' }],
  },
  {
    id: 'lic-nurse-cert',
    kind: 'nurse_cert',
    ...person(HOLDERS.nurse),
    number: '201915020401234',
    issuer: '包头市卫生健康委员会',
    issuedOn: '2020-12-01',
    validUntil: '2025-11-30',
    facts: [{ label: '执业地点', value: '包头市第三医院' }],
  },
  {
    id: 'lic-owner-id',
    kind: 'id_card',
    ...person(HOLDERS.owner),
    number: HOLDERS.owner.idNumber,
    issuer: '包头市公安局昆都仑区分局',
    issuedOn: '2024-09-02',
    validUntil: null,
    facts: [{ label: '住址', value: '内蒙古自治区包头市昆都仑区钢铁大街45号' }],
  },
  {
    id: 'lic-owner-doctor',
    kind: 'doctor_cert',
    ...person(HOLDERS.owner),
    number: '110150203001788',
    issuer: '包头市昆都仑区卫生健康委员会',
    issuedOn: '2012-04-16',
    validUntil: null,
    facts: [
      { label: '执业类别', value: '中医' },
      { label: '执业范围', value: '中医专业' },
      { label: '执业地点', value: '包头市中医蒙医医院' },
    ],
  },
  {
    id: 'lic-food-business',
    kind: 'business_license',
    ...enterprise(HOLDERS.food),
    number: HOLDERS.food.uscc,
    issuer: MARKET_QINGSHAN,
    issuedOn: '2019-04-11',
    validUntil: null,
    facts: [
      { label: '类型', value: '有限责任公司（自然人投资或控股）' },
      { label: '法定代表人', value: HOLDERS.owner.name },
      { label: '住所', value: '内蒙古自治区包头市青山区钢铁大街街道青年路18号' },
      { label: '注册资本', value: '100万元' },
    ],
  },
  {
    id: 'lic-food-permit',
    kind: 'food_permit',
    ...enterprise(HOLDERS.food),
    number: 'JY11502040012345',
    issuer: MARKET_QINGSHAN,
    issuedOn: '2021-01-15',
    validUntil: '2026-01-14',
    facts: [{ label: '经营项目', value: '预包装食品（含冷藏冷冻食品）销售，热食类食品制售' }],
  },
]

/** Upserts the seeded licences by id; licences issued at 实名 (other ids) are left alone. */
export function seedLicences(db: Database.Database): number {
  const upsert = db.prepare(`
    INSERT INTO licences (id, kind, holder_kind, holder_code, holder_name, number, issuer,
      issued_on, valid_until, facts_json)
    VALUES (@id, @kind, @holderKind, @holderCode, @holderName, @number, @issuer, @issuedOn,
      @validUntil, @facts)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, holder_kind = excluded.holder_kind,
      holder_code = excluded.holder_code, holder_name = excluded.holder_name,
      number = excluded.number, issuer = excluded.issuer, issued_on = excluded.issued_on,
      valid_until = excluded.valid_until, facts_json = excluded.facts_json
    WHERE (kind, holder_kind, holder_code, holder_name, number, issuer, issued_on, valid_until,
      facts_json) IS NOT (excluded.kind, excluded.holder_kind, excluded.holder_code,
      excluded.holder_name, excluded.number, excluded.issuer, excluded.issued_on,
      excluded.valid_until, excluded.facts_json)`)
  return db.transaction(() =>
    LICENCE_SEED.reduce(
      (changes, l) => changes + upsert.run({ ...l, facts: JSON.stringify(l.facts) }).changes,
      0,
    ),
  )()
}
