import * as z from 'zod/mini'
import {
  Audience,
  ItemType,
  Scope,
  type ItemSummary,
  type Material,
  type MaterialForm,
} from '../../../src/services/contract'

export const SUMMARY_COLUMNS = [
  'i.id',
  'i.code',
  'i.name',
  'i.type',
  'i.category',
  'i.department',
  'i.audiences_json',
  'i.scenes_json',
  'i.scopes_json',
  'i.promised_days',
  'i.visits',
  'i.online',
  'i.sample',
  'i.retired_on',
] as const

export interface SummaryRow {
  id: string
  code: string
  name: string
  type: string
  category: string
  department: string
  audiences_json: string
  scenes_json: string
  scopes_json: string
  promised_days: number
  visits: number
  online: number
  sample: number
  retired_on: string | null
}

const json = <T extends z.ZodMiniType>(schema: T, text: string): z.output<T> =>
  z.parse(schema, JSON.parse(text))

// Built once: making a schema costs far more than parsing a short list with it.
const Audiences = z.array(Audience)
const Scenes = z.array(z.string())
const Scopes = z.array(Scope)

export function toSummary(row: SummaryRow): ItemSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: z.parse(ItemType, row.type),
    category: row.category,
    department: row.department,
    audiences: json(Audiences, row.audiences_json),
    scenes: json(Scenes, row.scenes_json),
    scopes: json(Scopes, row.scopes_json),
    promisedDays: row.promised_days,
    visits: row.visits,
    online: row.online === 1,
    sample: row.sample === 1,
    ...(row.retired_on !== null && { retiredOn: row.retired_on }),
  }
}

export interface MaterialRow {
  item_id: string
  id: string
  name: string
  form: string
  copies: number
  required: number
  ecert: number
  sample: string | null
  note: string | null
}

export function toMaterial(row: MaterialRow): Material {
  return {
    id: row.id,
    name: row.name,
    form: row.form as MaterialForm,
    copies: row.copies,
    required: row.required === 1,
    ecertAccepted: row.ecert === 1,
    sample: row.sample,
    note: row.note,
  }
}

export const GuideExtras = z.object({
  conditions: z.array(z.string()),
  steps: z.array(z.object({ title: z.string(), detail: z.string() })),
  fee: z.string(),
  basis: z.array(z.string()),
  faqs: z.array(z.object({ q: z.string(), a: z.string() })),
  consultPhone: z.string(),
  complaint: z.string(),
  fields: z.array(z.object({ key: z.string(), label: z.string() })),
})

export function parseExtras(text: string) {
  return json(GuideExtras, text)
}
