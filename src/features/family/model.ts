import {
  GRANT_DAYS,
  GRANT_MAX_ITEMS,
  RELATIONS,
  grantEnd,
  type Relation,
  type AuditEntry,
  type Grant,
  type GrantRequest,
  type ItemSummary,
} from '../../services/contract'
import { formatDayTime } from '../../services/contract'

export const GRANT_STEPS = ['who', 'person', 'items', 'days', 'confirm'] as const
export type GrantStep = (typeof GRANT_STEPS)[number]

export const STEP_QUESTIONS: Record<GrantStep, string> = {
  who: '请谁帮您办？',
  person: '这位家人是谁？',
  items: '可以帮您办哪些事？',
  days: '授权多长时间？',
  confirm: '请核对后确认授权',
}

/** The autosaved answers; item choices as `id\tname` lines so the draft stays flat strings. */
export interface GrantDraft extends Record<string, string> {
  step: string
  kind: string
  name: string
  relation: string
  items: string
  days: string
  key: string
}

export const EMPTY_GRANT: GrantDraft = {
  step: 'who',
  kind: '',
  name: '',
  relation: '',
  items: '',
  days: '',
  key: '',
}

export function asGrantStep(value: string): GrantStep {
  return (GRANT_STEPS as readonly string[]).includes(value) ? (value as GrantStep) : 'who'
}

/** A 帮办员 is named when they accept, so their flow skips the person question. */
export function stepsFor(kind: string): readonly GrantStep[] {
  return kind === 'helper' ? GRANT_STEPS.filter((s) => s !== 'person') : GRANT_STEPS
}

export function nextStep(step: GrantStep, kind: string): GrantStep {
  const steps = stepsFor(kind)
  return steps[steps.indexOf(step) + 1] ?? step
}

export function previousStep(step: GrantStep, kind: string): GrantStep | null {
  const steps = stepsFor(kind)
  return steps[steps.indexOf(step) - 1] ?? null
}

export interface ChosenItem {
  id: string
  name: string
}

export function chosenItems(draft: Pick<GrantDraft, 'items'>): ChosenItem[] {
  return draft.items
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [id = '', name = ''] = line.split('\t')
      return { id, name }
    })
}

/** Adds or removes an item; adding beyond the maximum changes nothing. */
export function toggleItem(items: readonly ChosenItem[], item: ChosenItem): ChosenItem[] {
  if (items.some((i) => i.id === item.id)) return items.filter((i) => i.id !== item.id)
  return items.length >= GRANT_MAX_ITEMS ? [...items] : [...items, item]
}

export const itemsText = (items: readonly ChosenItem[]) =>
  items.map((i) => `${i.id}\t${i.name}`).join('\n')

/** A short list: an older person should not scroll past dozens of items to reach 下一步. */
const SUGGESTED = 8

/** Favourites first, then the bookable ones, each item once. */
export function suggestions(
  favorites: readonly ItemSummary[],
  bookable: readonly ItemSummary[],
): ChosenItem[] {
  const seen = new Set<string>()
  return [...favorites, ...bookable]
    .filter((i) => !seen.has(i.id) && seen.add(i.id))
    .slice(0, SUGGESTED)
    .map((i) => ({ id: i.id, name: i.name }))
}

const relationOf = (value: string): Relation | undefined => RELATIONS.find((r) => r === value)

export function grantRequest(draft: GrantDraft): GrantRequest {
  const relative = draft.kind !== 'helper'
  return {
    granteeKind: relative ? 'relative' : 'helper',
    ...(relative && { granteeName: draft.name.trim(), relation: relationOf(draft.relation) }),
    itemIds: chosenItems(draft).map((i) => i.id),
    days: Number(draft.days) as GrantRequest['days'],
  }
}

export const dayChoices = (now: Date) =>
  GRANT_DAYS.map((days) => ({
    value: String(days),
    label: `${days}天`,
    description: `到${whenText(grantEnd(now, days).toISOString())}为止`,
  }))

export function whenText(iso: string): string {
  return formatDayTime(iso)
}

export function granteeLabel(grant: Pick<Grant, 'granteeKind' | 'granteeName' | 'relation'>) {
  if (grant.granteeKind === 'helper') {
    return grant.granteeName === '' ? '政务服务中心帮办员' : `帮办员${grant.granteeName}`
  }
  return `${grant.relation}${grant.granteeName}`
}

/** What the code page shows under the status: one answer, never a code and a contradiction. */
export type CodePanel = 'code' | 'accepted' | 'revoked' | 'expired'

export function codePanel(grant: Pick<Grant, 'status' | 'code'>): CodePanel {
  if (grant.status === 'revoked' || grant.status === 'expired') return grant.status
  return grant.status === 'pending' && grant.code !== null ? 'code' : 'accepted'
}

/** Handed out and not yet accepted: the screen waits on the other person. */
export const awaitsAnswer = (grant: Pick<Grant, 'status'>) => grant.status === 'pending'

export function statusText(grant: Pick<Grant, 'status' | 'validUntil' | 'revokedAt'>): string {
  switch (grant.status) {
    case 'pending':
      return '待对方确认'
    case 'active':
      return `生效中，到${whenText(grant.validUntil)}为止`
    case 'revoked':
      return `已撤销（${whenText(grant.revokedAt ?? grant.validUntil)}）`
    case 'expired':
      return `已过期（${whenText(grant.validUntil)}到期）`
  }
}

const DONE: Record<AuditEntry['action'], string> = {
  granted: '新建了授权',
  claimed: '确认接受了授权',
  booked: '预约了',
  applied: '提交了一键代办',
  revoked: '撤销了授权',
}

/** One line of the audit trail, from the grantor's side ("李* 为您预约了…") or the grantee's. */
export function auditSentence(entry: AuditEntry, as: 'grantor' | 'grantee'): string {
  const item = entry.itemName === null ? '' : `“${entry.itemName}”`
  const done = DONE[entry.action]
  if (as === 'grantor') {
    if (entry.byGrantor) return `您${done}（给${entry.granteeName}）`
    if (entry.action === 'claimed') return `${entry.granteeName} ${done}`
    return `${entry.granteeName} 为您${done}${item}`
  }
  if (entry.byGrantor) return `${entry.grantorName} ${done}`
  if (entry.action === 'claimed') return `您${done}（${entry.grantorName}）`
  return `您为 ${entry.grantorName} ${done}${item}`
}
