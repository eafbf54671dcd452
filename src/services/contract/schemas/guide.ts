import * as z from 'zod/mini'
import { ASK_MAX_CHARS } from '../choices'
import { clean } from '../zod'
import { MaterialForm } from './catalog'

/** The longest request 智能导办 reads: a sentence or two, as people say it at 12345. */
export { ASK_MAX_CHARS }

const HTML_TAG = /<\/?[a-z!][^>]*>/i
/**
 * Han characters, Latin letters or digits (half or full width): what is left when emoji and
 * punctuation are taken away. Spelled out rather than \p{…}: transpiled for WeChat, a Unicode
 * property escape becomes a 10 KB character class in the main package.
 */
const WORDS =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/

const AskText = z.string().check(
  clean(),
  z.minLength(1, '请说说您要办什么，例如“我要开饭店”'),
  z.maxLength(ASK_MAX_CHARS, `请用一两句话说您要办什么，不超过${ASK_MAX_CHARS}个字`),
  z.refine((value) => !HTML_TAG.test(value), '请直接用文字说您要办什么，不要粘贴网页代码'),
  z.refine(
    (value) => value === '' || WORDS.test(value),
    '没有看懂表情符号，请用文字说您要办什么，例如“补办社保卡”',
  ),
)

/** The answer to one clarifying question: its id and the id of the choice tapped. */
export const GuideAnswerChoice = z.object({
  question: z.string().check(z.minLength(1), z.maxLength(60, '问题编号有误，请重新说说您要办什么')),
  choice: z.string().check(z.minLength(1), z.maxLength(80, '选项编号有误，请重新说说您要办什么')),
})
export type GuideAnswerChoice = z.infer<typeof GuideAnswerChoice>

export const GuideAskRequest = z.object({
  text: AskText,
  answers: z.optional(
    z.array(GuideAnswerChoice).check(z.maxLength(3, '回答的问题过多，请重新说说您要办什么')),
  ),
  latitude: z.optional(z.number().check(z.gte(-90, '纬度超出范围'), z.lte(90, '纬度超出范围'))),
  longitude: z.optional(z.number().check(z.gte(-180, '经度超出范围'), z.lte(180, '经度超出范围'))),
})
export type GuideAskRequest = z.infer<typeof GuideAskRequest>

/** The 办事指南 fields a sentence of a plan can come from. */
export const GuideSourceField = z.enum([
  'name',
  'description',
  'items',
  'promisedDays',
  'visits',
  'online',
  'materials',
  'places',
  'steps',
  'fee',
])
export type GuideSourceField = z.infer<typeof GuideSourceField>

/** Where a sentence came from: an item's or a bundle's guide, and the field. */
export const GuideSource = z.object({
  kind: z.enum(['item', 'bundle']),
  id: z.string(),
  /** The item's or bundle's name, so the link reads “来源：X · 申请材料”. */
  name: z.string(),
  field: GuideSourceField,
})
export type GuideSource = z.infer<typeof GuideSource>

export const GuideSection = z.enum(['summary', 'overview', 'time', 'materials', 'place', 'steps'])
export type GuideSection = z.infer<typeof GuideSection>

export const GuideSentence = z.object({
  section: GuideSection,
  text: z.string(),
  sources: z.array(GuideSource).check(z.minLength(1)),
  /** Phrased by the large model (AI 生成) from the sentences it was given; never the only copy of a fact. */
  generated: z.boolean(),
})
export type GuideSentence = z.infer<typeof GuideSentence>

export const GuideChoice = z.object({ id: z.string(), label: z.string() })

export const GuideQuestion = z.object({
  id: z.string(),
  text: z.string(),
  choices: z.array(GuideChoice).check(z.minLength(2)),
})
export type GuideQuestion = z.infer<typeof GuideQuestion>

export const GuideStep = z.object({
  itemId: z.string(),
  name: z.string(),
  promisedDays: z.number(),
  visits: z.number(),
  online: z.boolean(),
  sample: z.boolean(),
})

/** What the user's 电子证照 does for a material: holds it, could (once signed in and proven), or cannot. */
export const EcertCover = z.enum(['covered', 'accepted', 'paper'])
export type EcertCover = z.infer<typeof EcertCover>

export const GuideMaterial = z.object({
  id: z.string(),
  name: z.string(),
  form: MaterialForm,
  copies: z.number(),
  required: z.boolean(),
  ecert: EcertCover,
  forItems: z.array(z.string()),
})
export type GuideMaterial = z.infer<typeof GuideMaterial>

export const GuidePoint = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  window: z.string(),
  /** From the user's location, or from the district centre when none was given (`fromCentre`). */
  distanceMeters: z.number(),
  fromCentre: z.boolean(),
})

export const GuideTarget = z.object({
  kind: z.enum(['item', 'bundle']),
  id: z.string(),
  name: z.string(),
})
export type GuideTarget = z.infer<typeof GuideTarget>

export const GuidePlan = z.object({
  title: z.string(),
  /** What 一键代办 opens: the 一件事, or the first item when the plan is items in order. */
  apply: GuideTarget,
  steps: z.array(GuideStep).check(z.minLength(1)),
  materials: z.array(GuideMaterial),
  promisedDays: z.number(),
  visits: z.number(),
  point: z.nullable(GuidePoint),
  sentences: z.array(GuideSentence),
  /** 预约 and 收藏 act on this item (the first step). */
  itemId: z.string(),
  video: z.nullable(z.object({ videoId: z.string(), chapter: z.number(), title: z.string() })),
  /** Some of the plan's items are 示例 (not yet in the district's own 实施清单). */
  sample: z.boolean(),
})
export type GuidePlan = z.infer<typeof GuidePlan>

export const GuideHelpDesk = z.object({
  pointId: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
})

const Understood = z.object({
  /** What the request was understood as, e.g. 开饭店; null when it came from search alone. */
  intent: z.nullable(z.string()),
  /** The question rewritten into catalog terms by the large model, labelled AI 生成 on screen. */
  rewrittenBy: z.nullable(z.object({ text: z.string(), generated: z.literal(true) })),
})

export const GuideReply = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), ...Understood.shape, question: GuideQuestion }),
  z.object({ kind: z.literal('plan'), ...Understood.shape, plan: GuidePlan }),
  z.object({
    kind: z.literal('none'),
    ...Understood.shape,
    message: z.string(),
    hotline: z.string(),
    helpDesk: z.nullable(GuideHelpDesk),
  }),
])
export type GuideReply = z.infer<typeof GuideReply>
