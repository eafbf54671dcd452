import { beijingDate } from '../calendar/days'
import type { LicenceKind } from '../schemas/ecert'
import { maskCode18 } from './mask'

export const LICENCE_NAMES: Record<LicenceKind, string> = {
  id_card: '居民身份证',
  business_license: '营业执照',
  doctor_cert: '医师执业证书',
  nurse_cert: '护士执业证书',
  property_cert: '不动产权证书',
  food_permit: '食品经营许可证',
}

/** Catalog materials the 电子证照库 can stand in for, by material id. */
const MATERIAL_LICENCES: Record<string, LicenceKind> = {
  idCard: 'id_card',
  businessLicense: 'business_license',
  doctorCert: 'doctor_cert',
  nurseCert: 'nurse_cert',
  propertyCert: 'property_cert',
  foodPermit: 'food_permit',
}

export const licenceKindOf = (materialId: string): LicenceKind | undefined =>
  MATERIAL_LICENCES[materialId]

/**
 * 18-character codes as 1502**********123X; a number written in words (蒙（2021）包头市不动产权
 * 第0023456号) hides its serial but the last 3 digits; other numbers keep 4 at each end.
 */
export function maskLicenceNumber(number: string): string {
  const chars = [...number]
  if (chars.length === 18) return maskCode18(number)
  const serial = /(\d{5,})(\D*)$/.exec(number)
  if (/[^\x20-\x7e]/.test(number) && serial?.[1]) {
    const digits = serial[1]
    return `${number.slice(0, serial.index)}${'*'.repeat(digits.length - 3)}${digits.slice(-3)}${serial[2] ?? ''}`
  }
  if (chars.length > 8) return `${chars.slice(0, 4).join('')}****${chars.slice(-4).join('')}`
  return `${'*'.repeat(Math.max(0, chars.length - 2))}${chars.slice(-2).join('')}`
}

/** Valid through its last day; null means 长期. */
export const isLicenceExpired = (validUntil: string | null, today: Date): boolean =>
  validUntil !== null && validUntil < beijingDate(today)

/** 2026-03-02 → 2026年3月2日 */
export const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

export interface InspectedLicence {
  kind: LicenceKind
  validUntil: string | null
}

/**
 * Why a licence cannot stand in for a material, in words, or null when it can: it must be in
 * the applicant's own 电子证照 (else `licence` is undefined), be the kind the material asks for,
 * and be valid on the day the case is submitted.
 */
export function licenceIssue(
  material: { id: string; name: string; ecertAccepted: boolean },
  licence: InspectedLicence | undefined,
  today: Date,
): string | null {
  const wanted = licenceKindOf(material.id)
  if (!material.ecertAccepted || wanted === undefined) {
    return `${material.name}暂不能用电子证照代替，请拍照或选择PDF上传`
  }
  if (!licence) {
    return '所选电子证照不在您的证照库中（不属于您本人或您的企业），请在“我的电子证照”中核对，或改为上传材料'
  }
  if (licence.kind !== wanted) {
    return `所选证照是${LICENCE_NAMES[licence.kind]}，不能作为“${material.name}”，请选择${LICENCE_NAMES[wanted]}或上传材料`
  }
  if (licence.validUntil !== null && isLicenceExpired(licence.validUntil, today)) {
    return `您的${LICENCE_NAMES[licence.kind]}已于${chineseDate(licence.validUntil)}过期，不能作为申报材料；请先办理换证或延续，或上传有效证件`
  }
  return null
}
