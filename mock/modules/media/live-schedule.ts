import * as z from 'zod/mini'
import { addDays, beijingDate, beijingInstant } from '../../../src/services/contract'
import { handItem, type VideoSeed } from './tutorials'
import { catalogSeed } from '../catalog/data'
import { parseReference, provenance } from '../reference-data'
import file from './live-sessions.json'

const LiveSessionsFile = z.object({
  ...provenance,
  sessions: z.array(
    z.object({
      id: z.string().check(z.regex(/^live-[a-z0-9-]+$/)),
      title: z.string(),
      topic: z.string(),
      hostDepartment: z.string(),
      /** Days from the server's today (Asia/Shanghai) and the local start; null: on air now. */
      day: z.number().check(z.int()),
      at: z.nullable(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
      durationMin: z.number().check(z.int(), z.positive()),
      /** The chapters of its replay, each a guide (item or 一件事) the broadcast explained. */
      replay: z.array(z.object({ title: z.string(), linkId: z.string() })).check(z.minLength(1)),
    }),
  ),
})
export type LiveSeed = z.infer<typeof LiveSessionsFile>['sessions'][number]

/** The 政务+直播 timetable around “today” (live-sessions.json): one on air, some ahead, the rest with replays. */
export const LIVE_SCHEDULE: readonly LiveSeed[] = parseReference(
  'media/live-sessions.json',
  LiveSessionsFile,
  file,
).sessions

const bundles = new Map(catalogSeed.bundles.map((b) => [b.id, b]))

function link(id: string) {
  const bundle = bundles.get(id)
  if (bundle) return { kind: 'bundle' as const, id, name: bundle.name }
  const item = handItem(id)
  return { kind: 'item' as const, id, name: item.name }
}

export function replaySeeds(): VideoSeed[] {
  return LIVE_SCHEDULE.map((s) => ({
    id: replayIdOf(s.id),
    kind: 'replay',
    title: `直播回放｜${s.title}`,
    department: s.hostDepartment,
    description: s.topic,
    chapters: s.replay.map(({ title, linkId }) => ({ title, link: link(linkId) })),
  }))
}

export const replayIdOf = (sessionId: string) => `v-replay-${sessionId.replace(/^live-/, '')}`

/** Where a session of the timetable falls when “now” is `anchor`. */
export function scheduleAt(seed: LiveSeed, anchor: Date): { startsAt: Date; endsAt: Date } {
  const startsAt = (() => {
    if (seed.at === null) return new Date(anchor.getTime() - 20 * 60_000)
    const [h = 0, m = 0] = seed.at.split(':').map(Number)
    const day = addDays(beijingDate(anchor), seed.day)
    return new Date(beijingInstant(day).getTime() + (h * 60 + m) * 60_000)
  })()
  return { startsAt, endsAt: new Date(startsAt.getTime() + seed.durationMin * 60_000) }
}
