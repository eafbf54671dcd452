// `npx tsx tests/bench/booking-history.ts`: the booking dates list and a day's slots on an empty
// history and again with 100 000 bookings at the same point (three years of a busy centre), in
// one run. Pass: each stays within 2× of its empty-history p50.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../mock/app'
import { addDays, beijingDate, beijingInstant } from '../../src/services/contract'

const BOOKINGS = 100_000
const ROUNDS = 40
const POINT = 'sp-qs-center'
const NOW = new Date('2026-03-02T08:00:00+08:00')
const TIMES = [
  '09:00',
  '09:30',
  '10:00',
  '10:30',
  '11:00',
  '11:30',
  '13:30',
  '14:00',
  '14:30',
  '15:00',
  '15:30',
  '16:00',
  '16:30',
  '17:00',
]
const PER_SLOT = 6
const USERS = TIMES.length * PER_SLOT
const ITEMS = 20
const MAX_RATIO = 2

interface Measured {
  datesMs: number
  slotsMs: number
}

export interface BookingHistoryReport {
  empty: Measured
  full: Measured
  stored: number
  pass: boolean
}

function p50(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 100) / 100
}

async function measure(app: FastifyInstance, token: string, itemId: string): Promise<Measured> {
  const headers = { authorization: `Bearer ${token}` }
  const timed = async (url: string) => {
    const samples: number[] = []
    for (let i = 0; i < ROUNDS; i += 1) {
      const started = performance.now()
      const response = await app.inject({ method: 'GET', url, headers })
      samples.push(performance.now() - started)
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.body}`)
    }
    return p50(samples)
  }
  const query = `itemId=${itemId}&pointId=${POINT}`
  return {
    datesMs: await timed(`/api/v1/appointments/dates?${query}`),
    slotsMs: await timed(
      `/api/v1/appointments/slots?${query}&date=${addDays(beijingDate(NOW), 1)}`,
    ),
  }
}

/** Bookings of the past years at one point, written straight into the database file. */
function fillHistory(file: string, itemIds: readonly string[]): number {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  const user = db.prepare(
    "INSERT OR IGNORE INTO users (id, openid, nickname, created_at) VALUES (?, ?, '历史用户', '2023-01-01T00:00:00Z')",
  )
  const booking = db.prepare(`INSERT INTO appointments (id, code, user_id, item_id, point_id, day,
    time, slot_start, slot_end, name, phone, status, queue_number, created_at, arrived_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '张三', '13800000000', 'arrived', ?, ?, ?)`)
  let stored = 0
  db.transaction(() => {
    for (let u = 0; u < USERS; u += 1) user.run(`history-${u}`, `openid-history-${u}`)
    for (let back = 1; stored < BOOKINGS; back += 1) {
      const day = addDays(beijingDate(NOW), -back)
      let queue = 0
      for (const time of TIMES) {
        const start = beijingInstant(day, time)
        const end = new Date(start.getTime() + 30 * 60_000).toISOString()
        for (let k = 0; k < PER_SLOT && stored < BOOKINGS; k += 1, stored += 1) {
          queue += 1
          const at = start.toISOString()
          booking.run(
            `h-${stored}`,
            `H${String(stored).padStart(7, '0')}`,
            `history-${queue - 1}`,
            itemIds[stored % ITEMS],
            POINT,
            day,
            time,
            at,
            end,
            queue,
            at,
            at,
          )
        }
      }
    }
  })()
  db.close()
  return stored
}

export async function runBookingHistoryBench(): Promise<BookingHistoryReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-booking-history-'))
  const file = path.join(dir, 'app.db')
  try {
    let app = buildApp({ databasePath: file, now: () => NOW, rateLimitFactor: 1e6 })
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/wechat-login',
      payload: { code: 'dev:history-bench' },
    })
    const token = (JSON.parse(login.body) as { data: { token: string } }).data.token
    const items = await app.inject({
      method: 'GET',
      url: `/api/v1/service-points/${POINT}/items?pageSize=${ITEMS}`,
      headers: { authorization: `Bearer ${token}` },
    })
    const itemIds = (
      JSON.parse(items.body) as { data: { items: { id: string }[] } }
    ).data.items.map((i) => i.id)
    const itemId = itemIds[0] ?? ''
    const empty = await measure(app, token, itemId)
    await app.close()
    const stored = fillHistory(file, itemIds)
    app = buildApp({ databasePath: file, now: () => NOW, rateLimitFactor: 1e6 })
    const full = await measure(app, token, itemId)
    await app.close()
    const pass =
      full.datesMs <= MAX_RATIO * empty.datesMs && full.slotsMs <= MAX_RATIO * empty.slotsMs
    return { empty, full, stored, pass }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function reportBookingHistoryBench(report: BookingHistoryReport): void {
  console.log(
    `booking history: p50 of ${ROUNDS} requests, empty vs ${report.stored} bookings at one point`,
  )
  console.table({
    'dates list': {
      empty: report.empty.datesMs,
      full: report.full.datesMs,
      ratio: Math.round((report.full.datesMs / report.empty.datesMs) * 10) / 10,
    },
    "a day's slots": {
      empty: report.empty.slotsMs,
      full: report.full.slotsMs,
      ratio: Math.round((report.full.slotsMs / report.empty.slotsMs) * 10) / 10,
    },
  })
  console.log(report.pass ? `targets met (≤ ${MAX_RATIO}×)` : 'TARGET MISSED')
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  void runBookingHistoryBench().then((report) => {
    reportBookingHistoryBench(report)
    if (!report.pass) process.exitCode = 1
  })
}
