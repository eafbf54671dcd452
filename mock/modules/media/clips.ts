import { filePath } from '../../../src/services/contract'

/**
 * The clips in this folder (made by scripts/make-media-clips.sh): one slide per step, all steps
 * of a clip equally long. A video's chapters start where the clip's steps start.
 */
export const CLIPS = {
  'steps-2': { steps: 2, stepSec: 6 },
  'steps-3': { steps: 3, stepSec: 6 },
  'steps-4': { steps: 4, stepSec: 5 },
  'steps-5': { steps: 5, stepSec: 4 },
} as const satisfies Record<string, { steps: number; stepSec: number }>

export type ClipName = keyof typeof CLIPS

export function clipFor(chapters: number): ClipName {
  const name = `steps-${chapters}`
  if (!(name in CLIPS)) throw new Error(`no clip with ${chapters} steps`)
  return name as ClipName
}

export const clipDuration = (clip: ClipName) => CLIPS[clip].steps * CLIPS[clip].stepSec

export const chapterStart = (clip: ClipName, index: number) => index * CLIPS[clip].stepSec

export const MEDIA_PATH = filePath('GET /api/v1/media/files/:name').replace('/:name', '')
export const clipUrl = (clip: string) => `${MEDIA_PATH}/${clip}.mp4`
export const posterUrl = (clip: string) => `${MEDIA_PATH}/${clip}.jpg`

/** A stored clip name's length; a name that is not one of ours is a seed bug. */
export function durationOf(name: string): number {
  if (!(name in CLIPS)) throw new Error(`unknown clip ${name}`)
  return clipDuration(name as ClipName)
}
