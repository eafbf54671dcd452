import { join } from 'node:path'
import Piscina from 'piscina'
import { ApiError } from '../http/errors'
import type { Score, ScoreTask } from './score-task'

/** Two threads: at most two photos decode at once, whatever arrives, leaving the event loop free. */
const THREADS = 2
/** Beyond this many photos waiting, new ones are turned away rather than held in memory. */
export const MAX_WAITING = 8
/**
 * Waiting included: a 50 MP JPEG takes ≈ 7 s on one core, so a full queue clears in ≈ 35 s.
 * Anything slower is stuck or hostile.
 */
const TASK_TIMEOUT_MS = 60_000
/**
 * jpeg-js keeps one small typed array per 8×8 block on the JS heap: a 50 MP 4:2:0 JPEG needs
 * ≈ 250 MB of it. A file that needs more kills only its worker, and is refused as too large.
 */
const WORKER_HEAP_MB = 384

export const busy = () =>
  new ApiError(503, 'UPLOADS_BUSY', '现在上传的人较多，请稍等一分钟后重新上传')

const timedOut = () =>
  new ApiError(
    422,
    'IMAGE_TOO_SLOW',
    '这张照片处理时间过长，请用手机相机的普通模式重新拍摄，或截图后上传',
  )

export interface ScorePool {
  score: (task: ScoreTask) => Promise<Score>
  close: () => Promise<void>
}

const isCode = (error: unknown, code: string) =>
  error instanceof Error && (error as { code?: unknown }).code === code

/** Decodes and scores photos in worker threads, started on the first photo and stopped by close. */
export function createScorePool(): ScorePool {
  let pool: Piscina<ScoreTask, Score> | undefined
  // Counted here rather than by Piscina's maxQueue, which does not count tasks handed to a
  // worker that is still starting.
  let inFlight = 0
  const started = () =>
    (pool ??= new Piscina({
      filename: join(__dirname, 'score-worker.js'),
      minThreads: 0,
      maxThreads: THREADS,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    }))
  return {
    async score(task) {
      if (inFlight >= THREADS + MAX_WAITING) throw busy()
      inFlight += 1
      const signal = AbortSignal.timeout(TASK_TIMEOUT_MS)
      try {
        return await started().run(task, { signal })
      } catch (error) {
        if (isCode(error, 'ERR_WORKER_OUT_OF_MEMORY')) return 'too-large'
        if (signal.aborted) throw timedOut()
        throw error
      } finally {
        inFlight -= 1
      }
    },
    close: async () => {
      await pool?.destroy()
      pool = undefined
    },
  }
}
