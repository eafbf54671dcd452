import * as z from 'zod/mini'
import { clean, instant, paragraph, text } from '../zod'
import { Lab, TestingService } from './labs'
import { LegalTopicId } from './legal'
import { Chapter } from './media'

/** A phone a resident can call: a mobile number or a landline with its area code. */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
const phone = (label: string) =>
  z.string().check(
    z.overwrite((value: string) => value.replace(/\s/g, '')),
    z.regex(PHONE, `${label}应为11位手机号或带区号的座机（如 0472-3100001）`),
  )

const distinct = <T>(message: string) =>
  z.refine<T[]>((values) => new Set(values).size === values.length, message)

const whole = (label: string, min: number, max: number) =>
  z
    .number(`请填写${label}`)
    .check(
      z.int(`${label}应为整数`),
      z.gte(min, `${label}不能小于${min}`),
      z.lte(max, `${label}不能大于${max}`),
    )

// ——— 检测机构 ———

/** A lab as the console sees it: what residents see (less the dates on offer) and its upkeep. */
export const AdminLab = z.extend(z.omit(Lab, { bookableDates: true, fullHalfDays: true }), {
  capacity: z.number(),
  /** Taken off the mini program: residents can no longer find or book it. */
  hidden: z.boolean(),
  /** When an administrator last changed it; from then on the seed leaves it alone. */
  editedAt: z.nullable(z.string()),
})
export type AdminLab = z.infer<typeof AdminLab>
export const AdminLabList = z.object({ items: z.array(AdminLab) })

export const LabEdit = z.object({
  name: text('机构名称', 40),
  services: z
    .array(TestingService)
    .check(
      z.minLength(1, '请至少选择一项检测服务'),
      distinct<TestingService>('检测服务不能重复选择'),
    ),
  hours: text('服务时间', 60),
  capacity: whole('每半天可上门次数', 1, 50),
  address: text('机构地址', 100),
  phone: phone('联系电话'),
})
export type AdminLabList = z.infer<typeof AdminLabList>
export type LabEdit = z.infer<typeof LabEdit>

// ——— 律师 ———

export const AdminLawyer = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  firm: z.string(),
  specialties: z.array(LegalTopicId),
  years: z.number(),
  intro: z.string(),
  /** Masked (138****5678); null: not on file. */
  phone: z.nullable(z.string()),
  /** 律师执业证号, masked (1150****0001); null: not on file. */
  licenceNo: z.nullable(z.string()),
  /** Not taking new consultations for now. */
  paused: z.boolean(),
  /** Holds a live lawyer grant: without one the lawyer is not shown at all. */
  granted: z.boolean(),
  editedAt: z.nullable(z.string()),
})
export type AdminLawyer = z.infer<typeof AdminLawyer>
export const AdminLawyerList = z.object({ items: z.array(AdminLawyer) })

export const LawyerEdit = z.object({
  firm: text('执业机构', 60),
  specialties: z
    .array(LegalTopicId)
    .check(
      z.minLength(1, '请至少选择一个擅长领域'),
      distinct<LegalTopicId>('擅长领域不能重复选择'),
    ),
  years: whole('执业年限', 0, 60),
  intro: paragraph('律师简介', 300),
  /** Omitted: keep the number on file (the console only ever sees it masked). */
  phone: z.optional(phone('联系电话')),
  licenceNo: z.optional(
    z.string().check(clean(), z.regex(/^\d{17}$/, '律师执业证号应为17位数字，请核对执业证')),
  ),
})
export type AdminLawyerList = z.infer<typeof AdminLawyerList>
export type LawyerEdit = z.infer<typeof LawyerEdit>

// ——— 政务直播与视频 ———

export const AdminLiveStatus = z.enum(['upcoming', 'live', 'finished', 'cancelled'])
export type AdminLiveStatus = z.infer<typeof AdminLiveStatus>

export const AdminLiveSession = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.string(),
  hostDepartment: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: AdminLiveStatus,
  /** Residents waiting for a 开播提醒: told when it moves or is cancelled. */
  subscriberCount: z.number(),
  editedAt: z.nullable(z.string()),
})
export type AdminLiveSession = z.infer<typeof AdminLiveSession>
export const AdminLiveList = z.object({ items: z.array(AdminLiveSession) })

/** The longest slot a broadcast may take. */
export const MAX_LIVE_HOURS = 4

export const LiveSessionEdit = z
  .object({
    title: text('直播标题', 40),
    topic: text('直播内容', 100),
    hostDepartment: text('主办部门', 40),
    startsAt: instant('开始时间格式不正确，请重新选择'),
    endsAt: instant('结束时间格式不正确，请重新选择'),
  })
  .check(
    z.superRefine((value, ctx) => {
      const minutes = (Date.parse(value.endsAt) - Date.parse(value.startsAt)) / 60_000
      if (Number.isNaN(minutes)) return
      const problem =
        minutes <= 0
          ? '结束时间应晚于开始时间'
          : minutes > MAX_LIVE_HOURS * 60
            ? `一场直播不超过${MAX_LIVE_HOURS}小时，请缩短或分成两场`
            : null
      if (problem)
        ctx.issues.push({ code: 'custom', message: problem, input: value, path: ['endsAt'] })
    }),
  )
export type LiveSessionEdit = z.infer<typeof LiveSessionEdit>

/** A chapter as edited: where it starts (its end is the next one's start). */
export const AdminChapter = z.omit(Chapter, { endSec: true })
export type AdminLiveList = z.infer<typeof AdminLiveList>
export const AdminVideo = z.object({
  id: z.string(),
  kind: z.enum(['tutorial', 'replay']),
  title: z.string(),
  /** The 主题 the list groups it under (the department that explains it). */
  department: z.string(),
  description: z.string(),
  durationSec: z.number(),
  chapters: z.array(AdminChapter),
  hidden: z.boolean(),
  editedAt: z.nullable(z.string()),
})
export type AdminVideo = z.infer<typeof AdminVideo>
export const AdminVideoQuery = z.object({
  q: z.optional(z.string().check(clean(), z.maxLength(40, '搜索词不超过40个字'))),
  page: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000))),
})
export const AdminVideoPage = z.object({
  items: z.array(AdminVideo),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
})
export type AdminVideoPage = z.infer<typeof AdminVideoPage>

export const VideoEdit = z.object({
  title: text('视频标题', 60),
  department: text('主题（讲解部门）', 40),
  description: paragraph('视频简介', 300),
  /** The chapters in order: each keeps the guide it links to, only its title and start move. */
  chapters: z
    .array(
      z.object({
        title: text('章节标题', 40),
        startSec: z
          .number('请填写章节开始时间（秒）')
          .check(z.gte(0, '章节开始时间不能为负数'), z.lte(36_000, '章节开始时间超出范围')),
      }),
    )
    .check(z.maxLength(20, '章节不超过20个')),
})
export type VideoEdit = z.infer<typeof VideoEdit>
