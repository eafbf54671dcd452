import * as z from 'zod/mini'
import { clean, text } from '../zod'
import { MaterialForm } from './catalog'

const optionalText = (label: string, max: number) => z.nullable(text(label, max))

/** A material of the shared library as the console edits it (items name it in the 实施清单). */
export const MaterialEdit = z.object({
  name: text('材料名称', 60),
  form: z.enum(MaterialForm.options, '材料形式请选择：原件、复印件、原件和复印件或电子材料'),
  copies: z
    .number('份数请填写1到20的整数')
    .check(z.int('份数请填写1到20的整数'), z.gte(1, '份数至少1份'), z.lte(20, '份数最多20份')),
  /** 电子证照可免交: true or false, as in the library's data. */
  ecert: z.boolean('“电子证照可免交”请选择是或否'),
  sample: optionalText('填写要求', 200),
  note: optionalText('备注', 200),
})
export type MaterialEdit = z.infer<typeof MaterialEdit>

/**
 * A material as the console lists it: the fields of `MaterialEdit` as the server has already
 * checked and cleaned them (once per catalog version, not per request), its id and item count.
 */
export const ConsoleMaterial = z.object({
  name: z.string(),
  form: MaterialEdit.shape.form,
  copies: z.number(),
  ecert: z.boolean(),
  sample: z.nullable(z.string()),
  note: z.nullable(z.string()),
  id: z.string(),
  /** How many items ask for it. */
  itemCount: z.number(),
})
export type ConsoleMaterial = z.infer<typeof ConsoleMaterial>

export const ConsoleMaterialList = z.object({ items: z.array(ConsoleMaterial) })
export type ConsoleMaterialList = z.infer<typeof ConsoleMaterialList>

export const ConsoleMaterialQuery = z.object({
  q: z.optional(z.string().check(clean(), z.maxLength(50, '搜索词最多50个字'))),
})
