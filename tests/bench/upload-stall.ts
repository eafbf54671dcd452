// `npx tsx tests/bench/upload-stall.ts`: `/api/v1/health` latency on the real server (its own
// process, loopback) with no uploads, then while 5 decompression bombs upload at once, then while 5
// of the largest photos the server accepts (8192×6144, decoded in its worker pool) upload at once.
// Target: health p99 < 200 ms under either load (issue 14: a 61 KB bomb stalled it for 2–16 s).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { zeroPng, type BombSpec } from '../mock/security/bombs'

const TARGET_P99_MS = 200
/** Over the target only fails past this: the machine is shared, a stalled loop is seconds. */
const FAIL_P99_MS = 500
const UPLOADERS = 5
const HEALTH_SAMPLES = 300
const HEALTH_GAP_MS = 10
/** Uploaders keep going while health is sampled, but stop after this many files each regardless. */
const MAX_UPLOADS_EACH = 100

const BOMBS: BombSpec[] = [
  { width: 8000, height: 8000, colourType: 0 },
  { width: 8000, height: 8000, colourType: 6 },
  { width: 16384, height: 16384, colourType: 6, interlaced: true },
]
const LARGEST_ACCEPTED: BombSpec = { width: 8192, height: 6144, colourType: 6 }

export interface StallPhase {
  name: string
  p50Ms: number
  p99Ms: number
  maxMs: number
  uploads: Record<number, number>
  /** The server's peak resident memory at the end of the phase (Linux only). */
  peakRssMb: number | null
}

export interface UploadStallReport {
  phases: StallPhase[]
  pass: boolean
  targetMet: boolean
}

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  return Math.round((value ?? 0) * 10) / 10
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function startServer() {
  // `node --import tsx`, not the tsx CLI: the CLI runs the server in a grandchild, whose memory
  // /proc/<pid> of the child would not show.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'upload-server.ts')],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  const lines = createInterface({ input: child.stdout })
  const base = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)))
  })
  const stopped = new Promise((resolve) => child.once('exit', resolve))
  /** The server's peak resident memory so far (Linux), in MB. */
  const peakRssMb = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1])
      return Number.isFinite(kb) ? Math.round(kb / 1024) : null
    } catch {
      return null
    }
  }
  const stop = async () => {
    child.stdin.end()
    await Promise.race([stopped, pause(10_000)])
    if (child.exitCode === null) child.kill()
  }
  return { base, stop, peakRssMb }
}

async function signIn(base: string, i: number): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/wechat-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.8.0.${i + 1}` },
    body: JSON.stringify({ code: `dev:upload-bench-${i}` }),
  })
  return ((await res.json()) as { data: { token: string } }).data.token
}

async function upload(base: string, token: string, file: Buffer): Promise<number> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)]), 'photo.png')
  const res = await fetch(`${base}/api/v1/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  await res.arrayBuffer()
  return res.status
}

/**
 * Requests sent on a fixed schedule, whether or not the previous one has answered: one request
 * at a time would be stuck once in a stall and miss every request a real client sent meanwhile.
 */
async function healthLatencies(base: string): Promise<number[]> {
  const latencies = await Promise.all(
    Array.from({ length: HEALTH_SAMPLES }, async (_, i) => {
      await pause(i * HEALTH_GAP_MS)
      const started = performance.now()
      const res = await fetch(`${base}/api/v1/health`)
      await res.arrayBuffer()
      return performance.now() - started
    }),
  )
  return latencies.sort((a, b) => a - b)
}

async function phase(
  name: string,
  server: { base: string; peakRssMb: () => number | null },
  tokens: string[],
  files: Buffer[],
): Promise<StallPhase> {
  const uploads: Record<number, number> = {}
  let sampling = true
  const uploaders = files.length === 0 ? [] : tokens.slice(0, UPLOADERS)
  const { base } = server
  const running = uploaders.map(async (token, i) => {
    for (let n = 0; sampling && n < MAX_UPLOADS_EACH; n += 1) {
      const status = await upload(base, token, files[(i + n) % files.length] ?? Buffer.alloc(0))
      uploads[status] = (uploads[status] ?? 0) + 1
    }
  })
  // Let the uploads get going before the first sample.
  if (uploaders.length > 0) await pause(300)
  const latencies = await healthLatencies(base)
  sampling = false
  await Promise.all(running)
  return {
    name,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
    uploads,
    peakRssMb: server.peakRssMb(),
  }
}

export async function runUploadStallBench(): Promise<UploadStallReport> {
  const bombs = BOMBS.map(zeroPng)
  const largest = zeroPng(LARGEST_ACCEPTED)
  const server = await startServer()
  try {
    const tokens = await Promise.all(
      Array.from({ length: UPLOADERS }, (_, i) => signIn(server.base, i)),
    )
    const phases = [
      await phase('no uploads (baseline)', server, tokens, []),
      await phase(`${UPLOADERS} bombs at once`, server, tokens, bombs),
      await phase(`${UPLOADERS} largest accepted at once`, server, tokens, [largest]),
    ]
    const loaded = phases.slice(1)
    return {
      phases,
      targetMet: loaded.every((p) => p.p99Ms < TARGET_P99_MS),
      pass: loaded.every((p) => p.p99Ms < FAIL_P99_MS),
    }
  } finally {
    await server.stop()
  }
}

export function reportUploadStallBench(report: UploadStallReport): void {
  console.log('upload stall: /api/v1/health latency on the real server (loopback)')
  console.table(
    report.phases.map((p) => ({
      phase: p.name,
      'p50 ms': p.p50Ms,
      'p99 ms': p.p99Ms,
      'max ms': p.maxMs,
      'uploads (status×n)': Object.entries(p.uploads)
        .map(([status, n]) => `${status}×${n}`)
        .join(' '),
      'server peak RSS MB': p.peakRssMb ?? '?',
    })),
  )
  const verdict = report.targetMet
    ? `targets met (p99 < ${TARGET_P99_MS} ms)`
    : report.pass
      ? `p99 over the ${TARGET_P99_MS} ms target but under ${FAIL_P99_MS} ms: noise on a busy machine?`
      : 'TARGET MISSED'
  console.log(verdict)
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  void runUploadStallBench().then((report) => {
    reportUploadStallBench(report)
    if (!report.pass) process.exitCode = 1
  })
}
