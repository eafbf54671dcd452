import type { CaseStatus } from '../../../src/services/contract'
import { ApiError } from '../../http/errors'

export type CaseAction = 'accept' | 'correction' | 'resubmit' | 'finish' | 'refuse'

/** 补正 is asked before 受理 (一次性告知); once 受理 the clock runs until 办结 or 不予办理. */
const FROM: Record<CaseAction, readonly CaseStatus[]> = {
  accept: ['submitted'],
  correction: ['submitted'],
  resubmit: ['correction'],
  finish: ['accepted'],
  refuse: ['submitted', 'accepted'],
}

const TO: Record<CaseAction, CaseStatus> = {
  accept: 'accepted',
  correction: 'correction',
  resubmit: 'submitted',
  finish: 'finished',
  refuse: 'refused',
}

export const STATUS_TEXT: Record<CaseStatus, string> = {
  submitted: '已提交，待受理',
  correction: '待补正',
  accepted: '办理中',
  finished: '已办结',
  refused: '不予受理',
}

const ACTION_TEXT: Record<CaseAction, string> = {
  accept: '受理',
  correction: '要求补正',
  resubmit: '补正提交',
  finish: '办结',
  refuse: '不予受理',
}

export const isOpen = (status: CaseStatus): boolean =>
  status === 'submitted' || status === 'correction' || status === 'accepted'

/** The status after `action`, or a 409 that says why it cannot happen now. */
export function transition(status: CaseStatus, action: CaseAction): CaseStatus {
  if (FROM[action].includes(status)) return TO[action]
  throw new ApiError(
    409,
    'CASE_STATE',
    `该办件当前为“${STATUS_TEXT[status]}”，不能${ACTION_TEXT[action]}，请刷新后查看最新进度`,
  )
}

/**
 * What a step that another one beat is told (its update found the case moved on): why it cannot
 * happen now, or, when it still could, to look again.
 */
export function overtaken(status: CaseStatus | undefined, action: CaseAction): ApiError {
  if (status !== undefined) transition(status, action)
  return new ApiError(409, 'CASE_STATE', '该办件刚刚有了新进度，请刷新后查看最新进度再操作')
}
