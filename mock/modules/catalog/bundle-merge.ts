import type { Material } from '../../../src/services/contract'

export interface MemberItem {
  name: string
  materials: Material[]
  fields: { key: string; label: string }[]
}

/**
 * 一件事: every material and field asked once however many member items need it, each listing
 * the items that need it. A material is required if any member requires it; the largest number
 * of copies wins. Fields the bundle itself produces (`produced`) are not asked at all.
 */
export function mergeMembers(members: readonly MemberItem[], produced: readonly string[] = []) {
  const materials = new Map<string, { material: Material; forItems: string[] }>()
  const fields = new Map<string, { key: string; label: string; forItems: string[] }>()
  for (const member of members) {
    for (const material of member.materials) {
      const seen = materials.get(material.id)
      if (!seen) {
        materials.set(material.id, { material: { ...material }, forItems: [member.name] })
        continue
      }
      seen.forItems.push(member.name)
      seen.material.required ||= material.required
      seen.material.copies = Math.max(seen.material.copies, material.copies)
    }
    for (const field of member.fields) {
      if (produced.includes(field.key)) continue
      const seen = fields.get(field.key)
      if (seen) seen.forItems.push(member.name)
      else fields.set(field.key, { ...field, forItems: [member.name] })
    }
  }
  return { materials: [...materials.values()], fields: [...fields.values()] }
}
