import { EMPTY_PROFILE_FORM } from '../../src/services/contract'
import { MARKET_ENTITIES, POPULATION } from '../../mock/modules/account/identity/registry'

export interface RegisteredPerson {
  name: string
  idNumber: string
}

/** A resident of the seeded 人口库 (mock/modules/account/identity/data/population.json), by name. */
function resident(name: string): RegisteredPerson {
  const person = POPULATION.find((p) => p.name === name)
  if (!person) throw new Error(`${name} is not in the seeded 人口库`)
  return { name: person.name, idNumber: person.idNumber }
}

/** A firm of the seeded 市场主体 register (market-entities.json) with its 法定代表人. */
function firm(name: string) {
  const entity = MARKET_ENTITIES.find((e) => e.name === name)
  if (!entity) throw new Error(`${name} is not in the seeded 市场主体 register`)
  const rep = { name: entity.legalRepName, idNumber: entity.legalRepIdNumber }
  return { name: entity.name, uscc: entity.uscc, rep }
}

/** The residents tests act as, by what they are used for. */
export const PEOPLE = {
  doctor: resident('王志强'),
  nurse: resident('李秀梅'),
  owner: resident('赵建华'),
  zhang: resident('张三'),
  grandma: resident('王淑芳'),
  liu: resident('刘建国'),
  chen: resident('陈丽'),
  sun: resident('孙志明'),
  zhou: resident('周敏'),
  wu: resident('吴刚'),
  ma: resident('马文'),
}

export const FIRMS = {
  clinic: firm('包头市青山区志强全科诊所'),
  food: firm('包头市青山区康宁食品有限公司'),
  tech: firm('包头市青山区示例科技有限公司'),
  machinery: firm('包头市青山区示例机械制造有限公司'),
  software: firm('包头市青山区鹿城软件有限公司'),
  maker: firm('包头市青山区示例制造有限公司'),
  diner: firm('包头市青山区北梁餐饮管理有限公司'),
}

/** The software firm's 企业画像: a small tech SME that the seeded policies match. */
export const SOFTWARE_PROFILE = {
  ...EMPTY_PROFILE_FORM,
  industryDivision: '65',
  staff: '8',
  revenue: '300',
  foundedOn: '2023-05-01',
  street: '幸福路街道',
  taxCredit: 'B',
  qualifications: 'tech_sme',
  graduates: '1',
  insurancePaid: 'yes',
  layoffRate: '0',
  rdRatio: '6',
}
