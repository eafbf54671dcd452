import {
  isLicenceExpired,
  maskCode18,
  LICENCE_NAMES,
  type LicenceKind,
  type Prefill,
} from '../../../src/services/contract'
import type { Repos } from '../repositories'
import type { LicenceRow } from './repository'
import { factsOf } from './view'
import { unauthorized } from '../../http/errors'
import { walletOfUser } from './wallet'

type Source = (row: LicenceRow) => string | undefined
const fact =
  (label: string): Source =>
  (row) =>
    factsOf(row).find((f) => f.label === label)?.value

/** Form fields each licence can fill, in order of preference (a doctor's number before a nurse's). */
const FILLS: readonly [LicenceKind, Record<string, Source>][] = [
  [
    'doctor_cert',
    {
      certificateNumber: (row) => row.number,
      practiceCategory: fact('执业类别'),
      practiceScope: fact('执业范围'),
    },
  ],
  ['nurse_cert', { certificateNumber: (row) => row.number }],
  [
    'business_license',
    {
      enterpriseName: (row) => row.holder_name,
      uscc: (row) => row.holder_code,
      legalRepresentative: (row) => fact('法定代表人')(row) ?? fact('经营者')(row),
      registeredAddress: (row) => fact('住所')(row) ?? fact('经营场所')(row),
      enterpriseType: fact('类型'),
    },
  ],
  [
    'property_cert',
    {
      propertyCertNumber: (row) => row.number,
      propertyAddress: fact('坐落'),
      propertyUse: fact('用途'),
      propertyArea: fact('建筑面积（平方米）'),
    },
  ],
]

/**
 * What a form can start from: 实名 name and 身份证号, the saved contact phone, and the facts of
 * valid licences (an expired one fills nothing). The active enterprise's 营业执照 comes first.
 */
export async function prefillOf(repos: Repos, userId: string, now: Date): Promise<Prefill> {
  const [user, enterprises] = await Promise.all([
    repos.users.findById(userId),
    repos.enterprises.listByUser(userId, now),
  ])
  if (!user) throw unauthorized()
  const values: Record<string, string> = {}
  const sources: Record<string, string> = {}
  const put = (key: string, value: string | null | undefined, source: string) => {
    if (!value || key in values) return
    values[key] = value
    sources[key] = source
  }
  put('applicantName', user.real_name, '实名信息')
  // The full number never goes back to the phone: the form shows it masked, the server fills it.
  put('idNumber', user.id_number ? maskCode18(user.id_number) : null, '实名信息')
  put('phone', user.contact_phone, '常用联系方式')
  const active = enterprises.find((e) => e.id === user.active_enterprise_id)
  const valid = (await walletOfUser(repos, user, enterprises))
    .filter((row) => !isLicenceExpired(row.valid_until, now))
    .sort((a, b) => Number(b.holder_code === active?.uscc) - Number(a.holder_code === active?.uscc))
  for (const [kind, fills] of FILLS) {
    for (const row of valid.filter((r) => r.kind === kind)) {
      for (const [key, source] of Object.entries(fills)) put(key, source(row), LICENCE_NAMES[kind])
    }
  }
  return { values, sources, serverFilled: 'idNumber' in values ? ['idNumber'] : [] }
}
