import { randomUUID } from 'node:crypto'
import {
  addDays,
  beijingDate,
  daysBetween,
  EMPTY_PROFILE_FORM,
  ENTERPRISE_SIZES,
  type EnterpriseProfile,
  type MatchList,
  type PolicyMatch,
  EnterpriseProfileForm,
  labelOf,
  maskCode18,
  type PolicyCalendar,
  type PolicyDetail,
  type PolicySubscription,
  type PreReview,
} from '../../../src/services/contract'
import type { EnterpriseRow } from '../account/enterprises-repository'
import { actingEnterprise, recordAgentUse } from '../account/identity/enterprise-access'
import type { PreReviewRow } from './repository'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers } from '../../http/types'
import type { Facts, PolicySeed } from './types'
import { factsPerProfile } from './facts'
import { detailOf } from './match'
import { matchesPerProfile, type Matches } from './matches-cache'
import { answersPer, keptAnswer } from '../../http/kept-answer'
import { reviewAnnualReport, reviewPolicy, submissionOf, type PreReviewOutcome } from './prereview'
import { registrationOf } from './registration'
import { inForce, publishedPolicies } from './published'
import type { HandlerDeps } from '../deps'
import { policyMatchMessage } from '../messages/builders'
import { boundedMemo } from '../bounded-memo'

type PolicyKeys =
  | 'GET /api/v1/policy/profile'
  | 'PUT /api/v1/policy/profile'
  | 'GET /api/v1/policy/matches'
  | 'GET /api/v1/policy/matches/:id'
  | 'POST /api/v1/policy/prereviews'
  | 'GET /api/v1/policy/prereviews'
  | 'GET /api/v1/policy/calendar'
  | 'GET /api/v1/policy/subscription'
  | 'PUT /api/v1/policy/subscription'

/** Stored 企业画像 texts whose parse is kept. */
const PARSED_FORMS_KEPT = 1000

/** On subscribing, policies published in the month before count as new too. */
const SUBSCRIPTION_LOOKBACK_DAYS = 30

/** `submit` is read from the policy as of the day of the review, as its next steps were. */
function reviewOf(row: PreReviewRow, policyOf: (id: string) => PolicySeed | undefined): PreReview {
  const policy = row.policy_id === null ? undefined : policyOf(row.policy_id)
  const reviewedOn = beijingDate(new Date(row.created_at))
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    outcome: row.outcome,
    reasons: JSON.parse(row.reasons_json) as string[],
    nextSteps: JSON.parse(row.next_steps_json) as string[],
    submit: row.outcome === 'pass' && policy ? submissionOf(policy, reviewedOn) : null,
    createdAt: row.created_at,
  }
}

// A firm's matches are one object per published set, profile and day (matches-cache.ts): their
// deadlines are worked out (and the answer encoded) once per such object, not on every look.
const deadlinesByMatches = new WeakMap<Matches, PolicyCalendar>()

/** The firm's matched 申报 policies with a deadline, soonest first. */
function deadlinesOf(matches: Matches, today: string): PolicyCalendar {
  const known = deadlinesByMatches.get(matches)
  if (known) return known
  const items = matches.list
    .filter((p) => p.mode === 'apply' && p.deadline !== null)
    .flatMap((p) => matches.byId.get(p.id) ?? [])
    .filter((m) => m.status !== 'none')
    .map((m) => {
      const deadline = m.policy.deadline ?? today
      return {
        policy: m.policy,
        status: m.status,
        deadline,
        daysLeft: daysBetween(today, deadline),
      }
    })
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.policy.id.localeCompare(b.policy.id))
  const answer = keptAnswer({ items })
  deadlinesByMatches.set(matches, answer)
  return answer
}

export function policyHandlers({ repos, notify }: HandlerDeps): Pick<Handlers, PolicyKeys> {
  const published = publishedPolicies(repos.policyContent)
  /** What the console published, read per request; a policy past its 有效期 is not offered. */
  const current = async (today: string) => {
    const set = await published()
    return { list: set.list.filter((p) => inForce(p, today)), byId: set.byId }
  }

  const matchesOf = matchesPerProfile()
  const answerOf = answersPer<PolicyMatch[], MatchList>()
  // A policy's detail for the firm depends on the same as its matches: kept with them, per policy.
  const detailAnswers = answersPer<Matches, PolicyDetail>()
  // The profile as shown, kept with the stored profile (one object per text) and the firm.
  const profileAnswers = answersPer<EnterpriseProfileForm, EnterpriseProfile>()
  /** A firm's matches for the day, from what the console has published now. */
  const matches = async (
    form: EnterpriseProfileForm,
    facts: Facts,
    today: string,
    policiesVersion?: number,
  ) => matchesOf(await published(policiesVersion), form, facts, today)

  const activeEnterprise = (userId: string, now: Date): Promise<EnterpriseRow> =>
    actingEnterprise(repos, userId, 'policy', now)

  // Stored profiles parsed once per text, not on every read (a profile is read on every look).
  const parsedForms = boundedMemo<EnterpriseProfileForm>(PARSED_FORMS_KEPT)
  const parseForm = (json: string): EnterpriseProfileForm =>
    parsedForms(json, () => {
      const parsed = EnterpriseProfileForm.safeParse(JSON.parse(json))
      // A profile saved under older rules is shown again for correction rather than trusted.
      return parsed.success ? parsed.data : EMPTY_PROFILE_FORM
    })

  async function formOf(enterpriseId: string) {
    const row = await repos.policy.profile(enterpriseId)
    if (!row) return { form: EMPTY_PROFILE_FORM, updatedAt: null, policiesVersion: undefined }
    const { policies_version: version } = row
    return {
      form: parseForm(row.form_json),
      updatedAt: row.updated_at,
      policiesVersion: version === null ? undefined : Number(version),
    }
  }

  const factsOf = factsPerProfile()

  async function context(userId: string, now: Date) {
    const enterprise = await activeEnterprise(userId, now)
    const { form, updatedAt, policiesVersion } = await formOf(enterprise.id)
    const today = beijingDate(now)
    return { enterprise, form, updatedAt, policiesVersion, facts: factsOf(form, now), today }
  }

  async function profileView(userId: string, now: Date): Promise<EnterpriseProfile> {
    const { enterprise, form, updatedAt, facts } = await context(userId, now)
    const sizeLabel = facts.size === undefined ? null : labelOf(ENTERPRISE_SIZES, facts.size)
    const variant = [enterprise.id, enterprise.name, enterprise.uscc, updatedAt, sizeLabel]
    return profileAnswers(form, JSON.stringify(variant), () => {
      const values = Object.values(form)
      return {
        enterpriseId: enterprise.id,
        enterpriseName: enterprise.name,
        usccMasked: maskCode18(enterprise.uscc),
        registration: registrationOf(enterprise.uscc),
        // A copy: the answer is frozen once kept, the stored profile (or the empty one) is shared.
        form: { ...form },
        sizeLabel,
        filled: values.filter((v) => v !== '').length,
        total: values.length,
        updatedAt,
      }
    })
  }

  async function subscriptionView(userId: string, now: Date): Promise<PolicySubscription> {
    const { enterprise, form, facts, today } = await context(userId, now)
    const since = (await repos.policy.subscribedSince(enterprise.id)) ?? null
    if (since === null) return { subscribed: false, since: null, newMatches: [] }
    const from = addDays(since, -SUBSCRIPTION_LOOKBACK_DAYS)
    const [{ list }, { byId }] = await Promise.all([current(today), matches(form, facts, today)])
    const newMatches = list
      .filter((p) => p.publishedOn >= from)
      .flatMap((p) => byId.get(p.id) ?? [])
      .filter((m) => m.status === 'full' || m.status === 'info')
      .sort((a, b) => b.policy.publishedOn.localeCompare(a.policy.publishedOn))
    return { subscribed: true, since, newMatches }
  }

  return {
    'GET /api/v1/policy/profile': (_input, ctx) => profileView(ctx.session.userId, ctx.now),

    'PUT /api/v1/policy/profile': async ({ body }, ctx) => {
      const enterprise = await activeEnterprise(ctx.session.userId, ctx.now)
      await repos.policy.saveProfile(enterprise.id, JSON.stringify(body), ctx.now.toISOString())
      return profileView(ctx.session.userId, ctx.now)
    },

    'GET /api/v1/policy/matches': async (_input, ctx) => {
      const { enterprise, form, facts, today, policiesVersion } = await context(
        ctx.session.userId,
        ctx.now,
      )
      const { items, counts } = await matches(form, facts, today, policiesVersion)
      const sizeLabel = facts.size === undefined ? null : labelOf(ENTERPRISE_SIZES, facts.size)
      // Kept with the matches, per the firm's name and size as shown: built and encoded once.
      return answerOf(items, `${enterprise.name}\u0000${sizeLabel ?? ''}`, () => ({
        enterpriseName: enterprise.name,
        sizeLabel,
        counts,
        items,
      }))
    },

    'GET /api/v1/policy/matches/:id': async ({ params }, ctx) => {
      const { form, facts, today, policiesVersion } = await context(ctx.session.userId, ctx.now)
      // The firm's matches list the policies in force today, as `current` does.
      const kept = await matches(form, facts, today, policiesVersion)
      const found = kept.list.find((p) => p.id === params.id)
      if (!found) throw notFound('没有找到该政策，可能已废止，请返回列表刷新')
      return detailAnswers(kept, found.id, () => detailOf(found, facts, today))
    },

    'POST /api/v1/policy/prereviews': async ({ body }, ctx) => {
      const { enterprise, form, facts, today } = await context(ctx.session.userId, ctx.now)
      let outcome: PreReviewOutcome
      let policyId: string | null = null
      if (body.kind === 'policy') {
        if (body.policyId === undefined) {
          throw new ApiError(400, 'VALIDATION_FAILED', '请选择要预审的政策', {
            policyId: '请选择要预审的政策',
          })
        }
        const found = (await current(today)).list.find((p) => p.id === body.policyId)
        if (!found) throw notFound('没有找到该政策，可能已废止，请返回列表刷新')
        if (found.mode === 'auto') {
          throw new ApiError(
            409,
            'POLICY_NEEDS_NO_APPLICATION',
            '该政策免申即享：无需申报，符合条件的由部门直接兑现',
          )
        }
        outcome = reviewPolicy(found, facts, today)
        policyId = found.id
      } else outcome = reviewAnnualReport(form, today)
      const row: PreReviewRow = {
        id: `prv_${randomUUID()}`,
        enterprise_id: enterprise.id,
        kind: body.kind,
        policy_id: policyId,
        title: outcome.title,
        outcome: outcome.outcome,
        reasons_json: JSON.stringify(outcome.reasons),
        next_steps_json: JSON.stringify(outcome.nextSteps),
        created_at: ctx.now.toISOString(),
      }
      await repos.policy.insertReview(row)
      await recordAgentUse(repos, enterprise, ctx.session.userId, 'prereview', ctx.now)
      const { byId } = await current(today)
      return reviewOf(row, (id) => byId.get(id))
    },

    'GET /api/v1/policy/prereviews': async (_input, ctx) => {
      const enterprise = await activeEnterprise(ctx.session.userId, ctx.now)
      const { byId } = await current(beijingDate(ctx.now))
      return {
        items: (await repos.policy.reviews(enterprise.id)).map((row) =>
          reviewOf(row, (id) => byId.get(id)),
        ),
      }
    },

    'GET /api/v1/policy/calendar': async (_input, ctx) => {
      const { form, facts, today, policiesVersion } = await context(ctx.session.userId, ctx.now)
      return deadlinesOf(await matches(form, facts, today, policiesVersion), today)
    },

    'GET /api/v1/policy/subscription': (_input, ctx) =>
      subscriptionView(ctx.session.userId, ctx.now),

    'PUT /api/v1/policy/subscription': async ({ body }, ctx) => {
      const enterprise = await activeEnterprise(ctx.session.userId, ctx.now)
      if (body.subscribed) {
        await repos.policy.subscribe(enterprise.id, beijingDate(ctx.now))
        await recordAgentUse(repos, enterprise, ctx.session.userId, 'subscribed', ctx.now)
      } else await repos.policy.unsubscribe(enterprise.id)
      const view = await subscriptionView(ctx.session.userId, ctx.now)
      for (const match of view.newMatches)
        await notify(ctx, policyMatchMessage(ctx.session.userId, enterprise.id, match.policy))
      return view
    },
  }
}
