import type { SupervisionTable } from '../../../src/services/contract'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'
import { bookingStats } from './bookings'
import { complaintStats } from './complaints'
import { toCsv, type Table } from './csv'
import { overdueCases } from './overdue'
import { windowOf, type Window } from './range'
import { ratingStats } from './ratings'
import { scanStats } from './scans'
import * as tables from './tables'
import { timelinessStats } from './timeliness'
import { urgeCase } from './urge'
import { volumeStats } from './volume'

type SupervisionKeys =
  | 'GET /api/v1/admin/supervision/volume'
  | 'GET /api/v1/admin/supervision/timeliness'
  | 'GET /api/v1/admin/supervision/overdue'
  | 'POST /api/v1/admin/supervision/cases/:id/urge'
  | 'GET /api/v1/admin/supervision/ratings'
  | 'GET /api/v1/admin/supervision/complaints'
  | 'GET /api/v1/admin/supervision/bookings'
  | 'GET /api/v1/admin/supervision/scans'
  | 'GET /api/v1/admin/supervision/export'

/** 电子监察 (the console guard already admits administrators only under /api/v1/admin/). */
export function supervisionHandlers({
  sql,
  repos,
  notify,
}: HandlerDeps): Pick<Handlers, SupervisionKeys> {
  const tableOf = async (table: SupervisionTable, window: Window, now: Date): Promise<Table> => {
    switch (table) {
      case 'volume-day':
        return tables.volumeDayTable(await volumeStats(sql, window))
      case 'volume-item':
        return tables.volumeItemTable(await volumeStats(sql, window))
      case 'volume-department':
        return tables.volumeDepartmentTable(await volumeStats(sql, window))
      case 'trips':
        return tables.tripsTable(await volumeStats(sql, window))
      case 'timeliness-item':
        return tables.timelinessTable(await timelinessStats(sql, window))
      case 'overdue':
        return tables.overdueTable(await overdueCases(sql, now))
      case 'ratings':
        return tables.ratingsTable(await ratingStats(sql, window, now))
      case 'complaints':
        return tables.complaintsTable(await complaintStats(sql, window, now))
      case 'bookings-point':
        return tables.bookingPointTable(await bookingStats(sql, window, now))
      case 'bookings-heatmap':
        return tables.bookingHeatTable(await bookingStats(sql, window, now))
      case 'scans-zone':
        return tables.scansTable(await scanStats(sql, window))
    }
  }
  return {
    'GET /api/v1/admin/supervision/volume': ({ query }) => volumeStats(sql, windowOf(query)),
    'GET /api/v1/admin/supervision/timeliness': ({ query }) =>
      timelinessStats(sql, windowOf(query)),
    'GET /api/v1/admin/supervision/overdue': (_input, ctx) => overdueCases(sql, ctx.now),
    'POST /api/v1/admin/supervision/cases/:id/urge': ({ params, body }, ctx) =>
      urgeCase({ sql, repos, notify }, params.id, body.note?.trim() ?? '', {
        actorId: ctx.session.userId,
        now: ctx.now,
        log: ctx.log,
      }),
    'GET /api/v1/admin/supervision/ratings': ({ query }, ctx) =>
      ratingStats(sql, windowOf(query), ctx.now),
    'GET /api/v1/admin/supervision/complaints': ({ query }, ctx) =>
      complaintStats(sql, windowOf(query), ctx.now),
    'GET /api/v1/admin/supervision/bookings': ({ query }, ctx) =>
      bookingStats(sql, windowOf(query), ctx.now),
    'GET /api/v1/admin/supervision/scans': ({ query }) => scanStats(sql, windowOf(query)),
    'GET /api/v1/admin/supervision/export': async ({ query }, ctx) => {
      const window = windowOf(query)
      const table = await tableOf(query.table, window, ctx.now)
      const span = query.table === 'overdue' ? window.to : `${window.from}至${window.to}`
      return { filename: `电子监察-${table.title}-${span}.csv`, csv: toCsv(table) }
    },
  }
}
