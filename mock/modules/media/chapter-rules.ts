import type { VideoEdit } from '../../../src/services/contract'
import { ApiError } from '../../http/errors'

const invalid = (field: string, message: string) =>
  new ApiError(400, 'VALIDATION_FAILED', message, { [field]: message })

/**
 * Chapters keep their number (each links one guide), start at 0, run in order and lie within
 * the video: the player jumps to `startSec` and a chapter past the end would never play.
 */
export function checkChapters(
  chapters: VideoEdit['chapters'],
  count: number,
  durationSec: number,
): void {
  if (chapters.length !== count) {
    throw invalid(
      'chapters',
      `这个视频有${count}个章节（每章对应一项办事指南），请逐一修改，不能增删`,
    )
  }
  chapters.forEach((chapter, i) => {
    const field = `chapters.${i}.startSec`
    if (i === 0 && chapter.startSec !== 0) throw invalid(field, '第1章应从0秒开始')
    if (chapter.startSec >= durationSec) {
      throw invalid(field, `第${i + 1}章的开始时间超出视频长度（共${durationSec}秒），请改小`)
    }
    const previous = chapters[i - 1]
    if (previous && chapter.startSec <= previous.startSec) {
      throw invalid(field, `第${i + 1}章应晚于第${i}章开始`)
    }
  })
}
