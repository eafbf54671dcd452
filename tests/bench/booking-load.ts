// `npx tsx tests/bench/booking-load.ts`: the real server on loopback, 200 signed-in users rushing
// one slot of capacity 5, 20 rounds; then 50 retries of one booking with one Idempotency-Key.
// Pass: every round exactly 5 bookings and 195 × 409 SLOT_FULL, nothing oversold, 1 retried row.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { buildApp } from '../../mock/app'

const USERS = 200
const ROUNDS = 20
const CAPACITY = 5
const RETRIES = 50
/** A fixed Monday morning, so the bookable dates do not depend on when the bench runs. */
const NOW = new Date('2026-03-02T08:00:00+08:00')
const POINT = 'sp-qs-center'

export interface BookingLoadReport {
  rounds: { booked: number; full: number; other: number; stored: number }[]
  p50Ms: number
  p95Ms: number
  retriedRows: number
  pass: boolean
}

type Answer = { status: number; body: { data?: Record<string, unknown>; error?: { code: string } } }

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  return Math.round((value ?? 0) * 100) / 100
}

export async function runBookingLoadBench(): Promise<BookingLoadReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qs-booking-bench-'))
  const dbPath = path.join(dir, 'app.db')
  const app = buildApp({ databasePath: dbPath, now: () => NOW, trustProxy: true })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const request = async (
    method: string,
    url: string,
    token?: string,
    body?: object,
    key?: string,
  ) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (token) headers.authorization = `Bearer ${token}`
    if (key) headers['idempotency-key'] = key
    const res = await fetch(base + url, { method, headers, body: body && JSON.stringify(body) })
    return { status: res.status, body: (await res.json()) as Answer['body'] }
  }
  try {
    const tokens = await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const res = await fetch(`${base}/api/v1/auth/wechat-login`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `10.9.${i >> 8}.${i & 255}`,
          },
          body: JSON.stringify({ code: `dev:bench-${i}` }),
        })
        return ((await res.json()) as { data: { token: string } }).data.token
      }),
    )
    const [first = ''] = tokens
    // One item and one slot per round, so a round's winners are not held back by the one-per-day rule.
    const items = await request(
      'GET',
      `/api/v1/service-points/${POINT}/items?pageSize=${ROUNDS + 1}`,
      first,
    )
    const itemIds = ((items.body.data?.items ?? []) as { id: string }[]).map((i) => i.id)
    const slotStarts: string[] = []
    for (const date of ['2026-03-03', '2026-03-04']) {
      const url = `/api/v1/appointments/slots?itemId=${itemIds[0]}&pointId=${POINT}&date=${date}`
      const slots = await request('GET', url, first)
      slotStarts.push(
        ...((slots.body.data?.slots ?? []) as { start: string }[]).map((s) => s.start),
      )
    }
    const latencies: number[] = []
    const rounds: BookingLoadReport['rounds'] = []
    const db = new Database(dbPath, { readonly: true })
    const stored = db
      .prepare<[string], number>(
        "SELECT COUNT(*) FROM appointments WHERE slot_start = ? AND status <> 'cancelled'",
      )
      .pluck()
    for (let round = 0; round < ROUNDS; round += 1) {
      const slotStart = slotStarts[round] ?? ''
      const body = {
        itemId: itemIds[round],
        pointId: POINT,
        slotStart,
        name: '测试',
        phone: '13800000000',
      }
      const answers = await Promise.all(
        tokens.map(async (token, i) => {
          const started = performance.now()
          const res = await request(
            'POST',
            '/api/v1/appointments',
            token,
            body,
            `bench-${round}-${i}-key`,
          )
          latencies.push(performance.now() - started)
          return res
        }),
      )
      rounds.push({
        booked: answers.filter((a) => a.status === 201).length,
        full: answers.filter((a) => a.status === 409 && a.body.error?.code === 'SLOT_FULL').length,
        other: answers.filter((a) => a.status !== 201 && a.body.error?.code !== 'SLOT_FULL').length,
        stored: stored.get(new Date(slotStart).toISOString()) ?? 0,
      })
    }
    const retryBody = {
      itemId: itemIds[ROUNDS],
      pointId: POINT,
      slotStart: slotStarts[ROUNDS] ?? '',
      name: '测试',
      phone: '13800000000',
    }
    await Promise.all(
      Array.from({ length: RETRIES }, () =>
        request('POST', '/api/v1/appointments', first, retryBody, 'bench-retry-key'),
      ),
    )
    const retriedRows = stored.get(new Date(retryBody.slotStart).toISOString()) ?? 0
    db.close()
    latencies.sort((a, b) => a - b)
    const ok = rounds.every(
      (r) => r.booked === CAPACITY && r.full === USERS - CAPACITY && r.stored === CAPACITY,
    )
    return {
      rounds,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      retriedRows,
      pass: ok && retriedRows === 1,
    }
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function reportBookingLoadBench(report: BookingLoadReport): void {
  const oversold = report.rounds.filter((r) => r.stored > CAPACITY).length
  console.log(
    `booking load: ${ROUNDS} rounds × ${USERS} concurrent requests for 1 slot of ${CAPACITY}`,
  )
  console.table(report.rounds)
  console.log(
    `latency p50 ${report.p50Ms} ms, p95 ${report.p95Ms} ms; oversold rounds: ${oversold}`,
  )
  console.log(`${RETRIES} retries with one Idempotency-Key → ${report.retriedRows} booking(s)`)
  console.log(report.pass ? 'targets met' : 'TARGET MISSED')
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  void runBookingLoadBench().then((report) => {
    reportBookingLoadBench(report)
    if (!report.pass) process.exitCode = 1
  })
}
