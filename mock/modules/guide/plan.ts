import type {
  EcertCover,
  GuidePlan,
  GuideSentence,
  GuideSource,
  LicenceKind,
} from '../../../src/services/contract'
import { isLicenceExpired, licenceKindOf } from '../../../src/services/contract/rules/ecert'
import { mergeMembers } from '../catalog/bundle-merge'
import { catalogToday, retiredBy } from '../catalog/repository'
import { distanceMeters, type LatLng } from '../catalog/geo'
import { DISTRICT_CENTRE_ID } from '../points/routes'
import type { Repos } from '../repositories'
import type { PlanSpec } from './intents'
import { copiesText, daysText, distanceText, from, said, visitsText, type Named } from './sentences'

type Guide = NonNullable<Awaited<ReturnType<Repos['catalog']['guide']>>>
type Bundle = NonNullable<Awaited<ReturnType<Repos['bundles']['find']>>>

const itemRef = (guide: Guide): Named => ({
  kind: 'item',
  id: guide.item.id,
  name: guide.item.name,
})

function ecertCover(
  material: { id: string; ecertAccepted: boolean },
  held: ReadonlySet<LicenceKind>,
): EcertCover {
  const kind = licenceKindOf(material.id)
  if (kind && held.has(kind)) return 'covered'
  return material.ecertAccepted ? 'accepted' : 'paper'
}

const COVER_TEXT: Record<EcertCover, string> = {
  covered: '您的电子证照里已有，可免交',
  accepted: '可用电子证照代替，实名认证后免交',
  paper: '',
}

function overview(bundle: Bundle | null, extra: readonly Guide[], all: readonly Guide[]) {
  const sentences: GuideSentence[] = []
  if (bundle) {
    const ref: Named = { kind: 'bundle', id: bundle.id, name: bundle.name }
    const members = all.filter((g) => bundle.itemIds.includes(g.item.id))
    sentences.push(
      said('overview', bundle.description, from(ref, 'description')),
      said(
        'overview',
        `“${bundle.name}”把${members.length}个事项合在一起办：${members.map((g) => g.item.name).join('、')}。`,
        from(ref, 'items'),
      ),
      said(
        'time',
        `一件事承诺${daysText(bundle.promised_days)}办结，${visitsText(bundle.visits)}。`,
        from(ref, 'promisedDays'),
        from(ref, 'visits'),
      ),
    )
  }
  const steps = bundle ? extra : all
  steps.forEach((guide, index) => {
    const ref = itemRef(guide)
    const order = bundle ? '另外还要办' : `第${index + 1}步`
    sentences.push(
      said('steps', `${order}：${guide.item.name}。`, from(ref, 'name')),
      said(
        'time',
        `${guide.item.name}：承诺${daysText(guide.item.promisedDays)}，${visitsText(guide.item.visits)}。`,
        from(ref, 'promisedDays'),
        from(ref, 'visits'),
      ),
    )
  })
  const single = all.length === 1 ? all[0] : undefined
  if (single) {
    const ref = itemRef(single)
    const flow = single.extras.steps.map((s) => s.title).join(' → ')
    if (flow) sentences.push(said('steps', `办理流程：${flow}。`, from(ref, 'steps')))
    if (single.extras.fee)
      sentences.push(said('steps', `收费：${single.extras.fee}`, from(ref, 'fee')))
  }
  return sentences
}

/** How far, and from where: the user's location, or the district centre when none was given. */
function whereFrom(point: { fromCentre: boolean; distanceMeters: number }): string {
  if (point.fromCentre && point.distanceMeters === 0) return ''
  return `，距${point.fromCentre ? '区政务服务中心' : '您'}约${distanceText(point.distanceMeters)}`
}

async function nearestPoint(repos: Repos, guides: readonly Guide[], origin: LatLng | null) {
  const first = guides[0]
  if (!first) return null
  const everywhere = first.places.filter((place) =>
    guides.every((g) => g.places.some((p) => p.pointId === place.pointId)),
  )
  const candidates = everywhere.length > 0 ? everywhere : first.places
  if (candidates.length === 0) return null
  const points = await repos.servicePoints.list({})
  const centre = points.find((p) => p.id === DISTRICT_CENTRE_ID) ?? points[0]
  const start = origin ?? centre
  if (!start) return null
  const measured = candidates.flatMap((place) => {
    const point = points.find((p) => p.id === place.pointId)
    return point ? [{ place, point, meters: distanceMeters(start, point) }] : []
  })
  measured.sort((a, b) => a.meters - b.meters)
  const best = measured[0]
  if (!best) return null
  return {
    id: best.point.id,
    name: best.point.name,
    address: best.point.address,
    window: best.place.window,
    distanceMeters: best.meters,
    fromCentre: origin === null,
  }
}

async function explainingVideo(repos: Repos, guides: readonly Guide[]) {
  for (const guide of guides) {
    const [chapter] = await repos.media.explaining(guide.item.id)
    if (chapter)
      return {
        videoId: chapter.video_id,
        chapter: chapter.idx,
        title: `${chapter.video_title} · ${chapter.title}`,
      }
  }
  return null
}

export interface PlanContext {
  repos: Repos
  /** Licence kinds in the user's own 电子证照 (valid today). */
  held: ReadonlySet<LicenceKind>
  origin: LatLng | null
}

/**
 * The plan for a spec, built only from the catalog: every sentence cites the guide field it
 * states. Null when none of its items or bundle exists (the catalog changed under the rule).
 */
export async function buildPlan(spec: PlanSpec, ctx: PlanContext): Promise<GuidePlan | null> {
  const { repos } = ctx
  const bundle = spec.bundle ? await repos.bundles.find(spec.bundle) : null
  const ids = [...new Set([...(bundle?.itemIds ?? []), ...spec.items])]
  const today = catalogToday()
  const guides = (await Promise.all(ids.map((id) => repos.catalog.guide(id)))).filter(
    (g): g is Guide => g !== null && !retiredBy(g.retiredOn, today),
  )
  const first = guides[0]
  if (!first) return null
  const extra = guides.filter((g) => !bundle?.itemIds.includes(g.item.id))

  const merged = mergeMembers(
    guides.map((g) => ({ name: g.item.name, materials: g.materials, fields: [] })),
  ).materials
  const materials = merged.map(({ material, forItems }) => ({
    id: material.id,
    name: material.name,
    form: material.form,
    copies: material.copies,
    required: material.required,
    ecert: ecertCover(material, ctx.held),
    forItems,
  }))
  const materialSentences = materials.map((m) => {
    const owner = guides.find((g) => g.item.name === m.forItems[0]) ?? first
    const cover = COVER_TEXT[m.ecert]
    const need = m.required ? '' : '（如有）'
    return said(
      'materials',
      `${m.name}${need}：${copiesText(m.form, m.copies)}${cover ? `，${cover}` : ''}。`,
      from(itemRef(owner), 'materials'),
    )
  })

  const point = await nearestPoint(repos, guides, ctx.origin)
  const pointSentences = point
    ? [
        said(
          'place',
          `就近办理：${point.name}（${point.address}），${point.window}${whereFrom(point)}。`,
          from(itemRef(first), 'places'),
        ),
      ]
    : []
  const onlineSentences = guides
    .filter((g) => g.item.online)
    .map((g) => said('place', `${g.item.name}可以全程网上办理。`, from(itemRef(g), 'online')))

  const extraDays = extra.reduce((sum, g) => sum + g.item.promisedDays, 0)
  const extraVisits = extra.reduce((sum, g) => sum + g.item.visits, 0)
  return {
    title: spec.title ?? bundle?.name ?? first.item.name,
    apply: bundle
      ? { kind: 'bundle', id: bundle.id, name: bundle.name }
      : { kind: 'item', id: first.item.id, name: first.item.name },
    steps: guides.map((g) => ({
      itemId: g.item.id,
      name: g.item.name,
      promisedDays: g.item.promisedDays,
      visits: g.item.visits,
      online: g.item.online,
      sample: g.item.sample,
    })),
    materials,
    promisedDays: (bundle?.promised_days ?? 0) + extraDays,
    visits: (bundle?.visits ?? 0) + extraVisits,
    point,
    sentences: [
      ...overview(bundle, extra, guides),
      ...materialSentences,
      ...pointSentences,
      ...onlineSentences,
    ],
    itemId: first.item.id,
    video: await explainingVideo(repos, guides),
    sample: guides.some((g) => g.item.sample),
  }
}

/** The licence kinds the user holds today, for 电子证照可免交. */
export function heldKinds(
  licences: readonly { kind: LicenceKind; valid_until: string | null }[],
  now: Date,
): Set<LicenceKind> {
  return new Set(licences.filter((l) => !isLicenceExpired(l.valid_until, now)).map((l) => l.kind))
}

export const sourcesOf = (sentences: readonly GuideSentence[]): GuideSource[] => {
  const seen = new Map<string, GuideSource>()
  for (const s of sentences)
    for (const source of s.sources) seen.set(`${source.kind}:${source.id}:${source.field}`, source)
  return [...seen.values()]
}
