import * as z from 'zod/mini'

/**
 * 电子监察: what the dashboard shows over a range of Beijing days, computed from the records at
 * request time. Shares are 0–1 (null when nothing was counted); durations are working days.
 */
const IsoDay = (what: string) =>
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, `${what}格式应为 YYYY-MM-DD`))

export const SupervisionRange = z.object({
  /** First and last Beijing day, both included. */
  from: IsoDay('开始日期'),
  to: IsoDay('结束日期'),
})
export type SupervisionRange = z.infer<typeof SupervisionRange>

const Share = z.nullable(z.number())
/** How many of the records behind a figure were written by `npm run demo:history` (示例). */
const demoRecords = z.number()

export const SourceKind = z.enum(['item', 'bundle'])

export const SupervisionVolume = z.object({
  demoRecords,
  total: z.number(),
  byDay: z.array(z.object({ day: z.string(), count: z.number() })),
  byItem: z.array(
    z.object({
      kind: SourceKind,
      id: z.string(),
      name: z.string(),
      department: z.string(),
      count: z.number(),
    }),
  ),
  byDepartment: z.array(z.object({ department: z.string(), count: z.number() })),
  /** 即办件: cases whose 承诺时限 is 受理当日办结. */
  instant: z.object({ count: z.number(), share: Share }),
  /**
   * 跑动次数 by the guides' 到现场次数: `baseline` had each item been done on its own at the
   * window; 一件事 saves the difference to the bundle's own 到现场次数, 一键代办 the rest.
   */
  trips: z.object({
    baseline: z.number(),
    savedByBundles: z.number(),
    savedByProxy: z.number(),
    compression: Share,
  }),
})
export type SupervisionVolume = z.infer<typeof SupervisionVolume>

export const SupervisionTimeliness = z.object({
  demoRecords,
  /** Cases 办结 in the range. */
  finished: z.number(),
  avgActualDays: z.nullable(z.number()),
  avgPromisedDays: z.nullable(z.number()),
  /** Over the cases whose 法定时限 the guide states. */
  avgLegalDays: z.nullable(z.number()),
  withLegal: z.number(),
  /** 1 − promised ÷ legal and 1 − actual ÷ legal, over the cases with a 法定时限. */
  promisedCompression: Share,
  actualCompression: Share,
  late: z.number(),
  /** 办结 on the day of 受理. */
  sameDay: z.number(),
  byItem: z.array(
    z.object({
      kind: SourceKind,
      id: z.string(),
      name: z.string(),
      finished: z.number(),
      avgActualDays: z.number(),
      promisedDays: z.number(),
      legalDays: z.nullable(z.number()),
      late: z.number(),
    }),
  ),
})
export type SupervisionTimeliness = z.infer<typeof SupervisionTimeliness>

export const OverdueState = z.enum(['near', 'overdue'])
export type OverdueState = z.infer<typeof OverdueState>

export const OverdueCase = z.object({
  caseId: z.string(),
  number: z.string(),
  title: z.string(),
  helper: z.nullable(z.object({ id: z.string(), name: z.string(), desk: z.string() })),
  acceptedAt: z.nullable(z.string()),
  deadline: z.string(),
  /** Working days left after today; negative = past the deadline. */
  daysLeft: z.number(),
  state: OverdueState,
  urged: z.number(),
  lastUrgedAt: z.nullable(z.string()),
  demo: z.boolean(),
})
export type OverdueCase = z.infer<typeof OverdueCase>

export const SupervisionOverdue = z.object({
  /** Today (Beijing): the list is the open cases as they stand now, not a range. */
  asOf: z.string(),
  demoRecords,
  items: z.array(OverdueCase),
})
export type SupervisionOverdue = z.infer<typeof SupervisionOverdue>

export const UrgeRequest = z.object({
  note: z.optional(z.string().check(z.maxLength(100, '督办说明请控制在100字以内'))),
})
export const UrgeResult = z.object({
  caseId: z.string(),
  helperName: z.string(),
  urgedAt: z.string(),
  urged: z.number(),
})
export type UrgeResult = z.infer<typeof UrgeResult>

export const RATING_LEVEL_SCORES = [5, 4, 3, 2, 1] as const

export const SupervisionRatings = z.object({
  demoRecords,
  total: z.number(),
  /** 5 非常满意 … 1 非常不满意. */
  levels: z.array(z.object({ score: z.number(), label: z.string(), count: z.number() })),
  /** 非常满意 + 满意 + 基本满意. */
  satisfaction: Share,
  poor: z.number(),
  followUp: z.object({
    onTime: z.number(),
    late: z.number(),
    pendingOverdue: z.number(),
    pending: z.number(),
    onTimeShare: Share,
  }),
})
export type SupervisionRatings = z.infer<typeof SupervisionRatings>

export const ComplaintKindStat = z.object({
  kind: z.enum(['complaint', 'suggestion']),
  label: z.string(),
  total: z.number(),
  onTime: z.number(),
  late: z.number(),
  openOverdue: z.number(),
  open: z.number(),
  onTimeShare: Share,
})
export const SupervisionComplaints = z.object({
  demoRecords,
  /** Within 5 working days of filing (the reply_due each complaint carries). */
  replyDays: z.number(),
  kinds: z.array(ComplaintKindStat),
})
export type SupervisionComplaints = z.infer<typeof SupervisionComplaints>

export const BookingPointStat = z.object({
  pointId: z.string(),
  name: z.string(),
  booked: z.number(),
  cancelled: z.number(),
  arrived: z.number(),
  noShow: z.number(),
  /** Not yet over: neither arrived nor missed. */
  upcoming: z.number(),
  noShowRate: Share,
})
export const SupervisionBookings = z.object({
  demoRecords,
  points: z.array(BookingPointStat),
  noShowRate: Share,
  /** Half-hours that were booked, in order ("09:00" …). */
  halfHours: z.array(z.string()),
  /** Bookings (not cancelled) per point and half-hour. */
  heat: z.array(z.object({ pointId: z.string(), time: z.string(), count: z.number() })),
})
export type SupervisionBookings = z.infer<typeof SupervisionBookings>

export const SupervisionScans = z.object({
  demoRecords,
  total: z.number(),
  zones: z.array(
    z.object({
      /** null: district codes outside any zone, scans from before zones were recorded. */
      zoneId: z.nullable(z.string()),
      name: z.string(),
      count: z.number(),
    }),
  ),
  /** Codes refused as not the district's (非官方码、篡改、过期…). */
  refused: z.number(),
})
export type SupervisionScans = z.infer<typeof SupervisionScans>

export const SUPERVISION_TABLES = [
  'volume-day',
  'volume-item',
  'volume-department',
  'timeliness-item',
  'trips',
  'overdue',
  'ratings',
  'complaints',
  'bookings-point',
  'bookings-heatmap',
  'scans-zone',
] as const
export const SupervisionTable = z.enum(SUPERVISION_TABLES)
export type SupervisionTable = z.infer<typeof SupervisionTable>

export const SupervisionExportQuery = z.extend(SupervisionRange, { table: SupervisionTable })
export const SupervisionExport = z.object({
  filename: z.string(),
  /** UTF-8 with a byte-order mark (Excel), numbers unquoted. */
  csv: z.string(),
})
export type SupervisionExport = z.infer<typeof SupervisionExport>
