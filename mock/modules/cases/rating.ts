import { formatDay } from '../../../src/services/contract'
import type { CaseRating, RatingLevel, RatingRequest } from '../../../src/services/contract'
import type { Repos } from '../repositories'
import type { CaseRow } from './repository'
import { ApiError } from '../../http/errors'
import { assignedCase, requireHelper, type StaffRepos } from './staff'
import { ownCase } from './submit'
import { deadlineDate } from './working-days'

/** 好差评 levels, best first, as stored (5 … 1). */
const LEVELS: readonly RatingLevel[] = [
  'very_dissatisfied',
  'dissatisfied',
  'basic',
  'satisfied',
  'very_satisfied',
]
export const LEVEL_TEXT: Record<RatingLevel, string> = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
  very_dissatisfied: '非常不满意',
}
/** 差评 must be followed up within this many working days. */
export const FOLLOW_UP_DAYS = 3

const toScore = (level: RatingLevel) => LEVELS.indexOf(level) + 1
const isBad = (score: number) => score <= 2

export function toRating(row: CaseRow): CaseRating | null {
  if (row.rating === null || row.rated_at === null) return null
  const level = LEVELS[row.rating - 1] ?? 'basic'
  return {
    level,
    comment: row.rating_comment ?? '',
    at: row.rated_at,
    followUpDue: isBad(row.rating) ? deadlineDate(new Date(row.rated_at), FOLLOW_UP_DAYS) : null,
    followUp:
      row.follow_up !== null && row.followed_up_at !== null
        ? { note: row.follow_up, at: row.followed_up_at }
        : null,
  }
}

const alreadyRated = () => new ApiError(409, 'ALREADY_RATED', '该办件已评价，每个办件只能评价一次')
const alreadyFollowedUp = () =>
  new ApiError(409, 'ALREADY_FOLLOWED_UP', '该差评已回访，如需补充请电话联系申请人')

/**
 * One rating per closed case (stored only while there is none, so of two sent at once one
 * counts); a 差评 needs its reason, so it can be put right.
 */
export function rateCase(
  repos: Pick<Repos, 'cases'>,
  userId: string,
  id: string,
  request: RatingRequest,
  now: Date,
): Promise<CaseRow> {
  const at = now.toISOString()
  return repos.cases.transaction(async () => {
    const row = await ownCase(repos, id, userId)
    if (row.status !== 'finished' && row.status !== 'refused') {
      throw new ApiError(409, 'CASE_OPEN', '办件办结后才能评价，请在办结后再来')
    }
    if (row.rating !== null) throw alreadyRated()
    const score = toScore(request.level)
    const comment = request.comment ?? ''
    if (isBad(score) && comment.length < 2) {
      throw new ApiError(400, 'VALIDATION_FAILED', '请写明不满意的原因，便于整改', {
        comment: '请写明不满意的原因，便于整改',
      })
    }
    if (
      !(await repos.cases.rate(id, { rating: score, rating_comment: comment, rated_at: at }, at))
    ) {
      throw alreadyRated()
    }
    const due = isBad(score)
      ? `；帮办员最迟${formatDay(deadlineDate(now, FOLLOW_UP_DAYS), now)}回访整改`
      : ''
    await repos.cases.addEvent(id, {
      at,
      event: 'rated',
      actor: '申请人',
      note: `评价：${LEVEL_TEXT[request.level]}${comment ? `（${comment}）` : ''}${due}`,
    })
    return ownCase(repos, id, userId)
  })
}

/** One 回访 per 差评, by the case's 帮办员. */
export function followUpCase(
  repos: StaffRepos,
  helperUserId: string,
  id: string,
  note: string,
  now: Date,
): Promise<CaseRow> {
  const at = now.toISOString()
  return repos.cases.transaction(async () => {
    const helper = await requireHelper(repos, helperUserId)
    const row = await assignedCase(repos, helper, id)
    if (row.rating === null || !isBad(row.rating)) {
      throw new ApiError(409, 'NO_BAD_RATING', '该办件没有差评，无需回访')
    }
    if (row.follow_up !== null) throw alreadyFollowedUp()
    if (!(await repos.cases.followUp(id, { follow_up: note, followed_up_at: at }, at))) {
      throw alreadyFollowedUp()
    }
    await repos.cases.addEvent(id, {
      at,
      event: 'followed_up',
      actor: `帮办员${helper.name}`,
      note,
    })
    const updated = await repos.cases.find(id)
    if (!updated) throw new Error('case vanished inside its transaction')
    return updated
  })
}
