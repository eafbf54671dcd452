import * as z from 'zod/mini'
import '../zod'

/** The licences the 电子证照库 holds. */
export const LicenceKind = z.enum([
  'id_card',
  'business_license',
  'doctor_cert',
  'nurse_cert',
  'property_cert',
  'food_permit',
])
export type LicenceKind = z.infer<typeof LicenceKind>

/** One 电子证照 in the wallet; the number and a person's name are masked on the wire. */
export const Licence = z.object({
  id: z.string(),
  kind: LicenceKind,
  /** 证照名称, e.g. 医师执业证书 */
  name: z.string(),
  holderKind: z.enum(['person', 'enterprise']),
  /** 持证人: masked for a person (王*强), the full name of an enterprise. */
  holder: z.string(),
  numberMasked: z.string(),
  issuer: z.string(),
  /** Local dates, YYYY-MM-DD. */
  issuedOn: z.string(),
  /** null: 长期有效. */
  validUntil: z.nullable(z.string()),
  expired: z.boolean(),
  /** What else the licence states (执业类别, 住所 …), in its own words. */
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
})
export type Licence = z.infer<typeof Licence>

export const LicenceList = z.object({ items: z.array(Licence) })
export type LicenceList = z.infer<typeof LicenceList>

/** Values a form may start from: keyed by form field key, each with the licence it came from. */
export const Prefill = z.object({
  values: z.record(z.string(), z.string()),
  /** field key → 实名信息 or the licence name, said next to the prefilled field. */
  sources: z.record(z.string(), z.string()),
  /**
   * Keys whose value is shown masked (the 身份证号 of the proven identity): the client sends the
   * mask back unchanged and the server fills in the full number.
   */
  serverFilled: z.array(z.string()),
})
export type Prefill = z.infer<typeof Prefill>
