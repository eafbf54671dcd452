import {
  choicesOf,
  fieldRuleOf,
  type CaseForm,
  type CaseSource,
} from '../../../src/services/contract'
import { mergeMembers } from '../catalog/bundle-merge'
import { fieldsProducedBy } from '../catalog/data/bundles'
import { FIELDS } from '../catalog/data/fields'
import { catalogToday, retiredBy } from '../catalog/repository'
import type { Repos } from '../repositories'
import { notFound } from '../../http/errors'

/** Every case names who applies and how to reach them, whether or not the item's form asks. */
const BASE_FIELDS = ['applicantName', 'idNumber', 'phone'] as const

async function members(repos: Repos, source: CaseSource) {
  if (source.kind === 'item') {
    const guide = await repos.catalog.guide(source.id)
    if (!guide || guide.item.type === 'ex_officio' || retiredBy(guide.retiredOn, catalogToday())) {
      throw notFound('没有找到可申办的事项，请返回办事指南重新选择')
    }
    return {
      title: guide.item.name,
      itemIds: [source.id],
      promisedDays: guide.item.promisedDays,
      produced: [],
    }
  }
  const bundle = await repos.bundles.find(source.id)
  if (!bundle) throw notFound('没有找到该“一件事”，请返回列表重新选择')
  return {
    title: bundle.name,
    itemIds: bundle.itemIds,
    promisedDays: bundle.promised_days,
    produced: fieldsProducedBy(bundle.id),
  }
}

/** The merged application form: the bundle view's merge, plus the applicant's own fields. */
export async function caseForm(repos: Repos, source: CaseSource): Promise<CaseForm> {
  const { title, itemIds, promisedDays, produced } = await members(repos, source)
  const [items, materials, fields] = await Promise.all([
    repos.catalog.summaries(itemIds),
    repos.catalog.materialsOf(itemIds),
    repos.catalog.fieldsOf(itemIds),
  ])
  const merged = mergeMembers(
    items.map((item) => ({
      name: item.name,
      materials: materials.get(item.id) ?? [],
      fields: fields.get(item.id) ?? [],
    })),
    produced,
  )
  const asked = new Set(merged.fields.map((f) => f.key))
  const base = BASE_FIELDS.filter((key) => !asked.has(key)).map((key) => ({
    key,
    label: FIELDS[key],
    forItems: items.map((i) => i.name),
  }))
  return {
    source,
    title,
    items: items.map((i) => ({ id: i.id, name: i.name })),
    fields: [...base, ...merged.fields].map((f) => {
      const choices = choicesOf(f.key)
      return { ...f, rule: fieldRuleOf(f.key), ...(choices && { choices: [...choices] }) }
    }),
    materials: merged.materials,
    promisedDays,
  }
}
