import * as z from 'zod/mini'
import { catalogSeed, handItems } from '../catalog/data'
import type { ItemSeed } from '../catalog/data/types'
import { parseReference, provenance } from '../reference-data'
import { clipFor } from './clips'
import themesFile from './themes.json'

export interface ChapterSeed {
  title: string
  link: { kind: 'item' | 'bundle'; id: string; name: string }
}
export interface VideoSeed {
  id: string
  kind: 'tutorial' | 'replay'
  title: string
  department: string
  description: string
  chapters: ChapterSeed[]
}

/** The article (包头日报 2025-12-25) counts 155 short tutorials. */
export const TUTORIAL_COUNT = 155

const byId = new Map(handItems.map((item) => [item.id, item]))
export function handItem(id: string): ItemSeed {
  const found = byId.get(id)
  if (!found) throw new Error(`media seed names an unknown item: ${id}`)
  return found
}
const itemLink = (item: ItemSeed) => ({ kind: 'item' as const, id: item.id, name: item.name })

/** “企业开办（有限责任公司设立登记）” → “企业开办”. */
const shortName = (name: string) => name.replace(/（.*?）/g, '')

const OPENERS = ['手把手教你办', '一看就会', '三分钟看懂', '跟着做就行'] as const

/** Up to five steps of one item's guide, in the order the clip's slides show them. */
function itemChapters(item: ItemSeed, count: number): ChapterSeed[] {
  const name = shortName(item.name)
  const link = itemLink(item)
  const last = item.steps[item.steps.length - 1]
  const faq = item.faqs[0]
  const titles = [
    `${name}：申请条件和要准备的材料`,
    item.online ? '网上填写申请、上传材料' : '填写申请表、预约到窗口提交',
    '提交后怎么查办理进度',
    last
      ? `${last.title}：${item.promisedDays === 0 ? '当场办结' : '领取办理结果'}`
      : '领取办理结果',
    faq ? `常见问题：${faq.q}` : '常见问题解答',
  ]
  return titles.slice(0, count).map((title) => ({ title, link }))
}

function itemTutorial(item: ItemSeed, n: number): VideoSeed {
  const count = 2 + (n % 4)
  return {
    id: `v-${item.id}`,
    kind: 'tutorial',
    title: `${OPENERS[n % OPENERS.length]}｜${item.name}`,
    department: item.department,
    description: `${item.department}窗口工作人员分${count}步演示“${item.name}”的办理：条件、材料、线上申报和结果领取，看完再办少跑腿。`,
    chapters: itemChapters(item, count),
  }
}

function bundleTutorial(bundle: (typeof catalogSeed.bundles)[number]): VideoSeed {
  const members = bundle.itemIds.slice(0, 4).map(handItem)
  return {
    id: `v-${bundle.id}`,
    kind: 'tutorial',
    title: `高效办成一件事｜${bundle.name}`,
    department: members[0]?.department ?? '青山区政务服务中心',
    description: bundle.description,
    chapters: [
      {
        title: `${bundle.name}：一张表、一次交`,
        link: { kind: 'bundle', id: bundle.id, name: bundle.name },
      },
      ...members.map((item, i) => ({ title: `第${i + 1}件：${item.name}`, link: itemLink(item) })),
    ],
  }
}

const ThemesFile = z.object({
  ...provenance,
  themes: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      dept: z.string(),
      steps: z.array(z.object({ title: z.string(), itemId: z.string() })).check(z.minLength(1)),
    }),
  ),
})

/** Themed tutorials of the 政务+直播 team (themes.json): one topic across several items. */
const THEMES = parseReference('media/themes.json', ThemesFile, themesFile).themes

function themeTutorial(theme: (typeof THEMES)[number]): VideoSeed {
  return {
    id: `v-theme-${theme.id}`,
    kind: 'tutorial',
    title: theme.title,
    department: theme.dept,
    description: `“政务+直播”团队把直播里问得最多的问题剪成的实操短视频：${theme.title}。`,
    chapters: theme.steps.map(({ title, itemId }) => ({ title, link: itemLink(handItem(itemId)) })),
  }
}

export function tutorialSeeds(): VideoSeed[] {
  // Topics and 一件事 first: they answer the questions asked most in the live sessions.
  const videos = [
    ...THEMES.map(themeTutorial),
    ...catalogSeed.bundles.map(bundleTutorial),
    ...handItems.map(itemTutorial),
  ].slice(0, TUTORIAL_COUNT)
  for (const v of videos) clipFor(v.chapters.length)
  return videos
}
