import * as z from 'zod/mini'
import { OpeningDay, ServicePoint } from '../../../src/services/contract'
import { parseReference, provenance } from '../reference-data'
import file from './service-points.json'

/** Government offices close for lunch: one span per half day. Each point names its schedule. */
const Schedule = z.array(
  z.object({ weekdays: z.array(OpeningDay.shape.weekday), spans: OpeningDay.shape.spans }),
)
const SCHEDULES = ['office', 'mall', 'bank'] as const

const ServicePointsFile = z.object({
  ...provenance,
  schedules: z.record(z.enum(SCHEDULES), Schedule),
  points: z.array(z.extend(ServicePoint, { hours: z.enum(SCHEDULES) })),
})

const data = parseReference('points/service-points.json', ServicePointsFile, file)

const openingDays = (name: (typeof SCHEDULES)[number]): OpeningDay[] =>
  data.schedules[name].flatMap(({ weekdays, spans }) =>
    weekdays.map((weekday) => ({ weekday, spans })),
  )

/** The points named in 包头日报 2025-12-25 (青山区政务服务), in display order. */
export const servicePointSeed: readonly ServicePoint[] = data.points.map((point) => ({
  ...point,
  hours: openingDays(point.hours),
}))
