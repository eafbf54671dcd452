import { randomUUID } from 'node:crypto'
import {
  beijingDate,
  type PolicyEditor,
  type PolicyInput,
  type PolicyRowList,
} from '../../../src/services/contract'
import { forbidden } from '../../auth/roles'
import { inTransaction } from '../../db/engine'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers, Session } from '../../http/types'
import { recordChange } from '../admin/audit-repository'
import { cacheByVersion } from '../catalog/version-cache'
import type { HandlerDeps } from '../deps'
import {
  editorContent,
  livePolicy,
  ruleFacts,
  toPolicyRow,
  publishersOf,
  withPublishersNamed,
  type EditorContent,
} from './admin-views'
import { SAMPLE_ENTERPRISES } from './data/samples'
import { dryRun, factsOfForms } from './dry-run'
import { profileFacts } from './facts'
import { checkPolicy } from './policy-check'
import type { PolicySeed } from './types'
import { answersPer, keptAnswer } from '../../http/kept-answer'

type AdminPolicyKeys =
  | 'GET /api/v1/admin/policies'
  | 'GET /api/v1/admin/policies/facts'
  | 'POST /api/v1/admin/policies'
  | 'GET /api/v1/admin/policies/:id'
  | 'PUT /api/v1/admin/policies/:id/draft'
  | 'POST /api/v1/admin/policies/:id/dry-run'
  | 'POST /api/v1/admin/policies/:id/publish'
  | 'POST /api/v1/admin/policies/:id/discard-draft'
  | 'POST /api/v1/admin/policies/:id/withdraw'
  | 'POST /api/v1/admin/policies/:id/restore'

/** At most this many problems in one answer: the first ones are fixed first anyway. */
const SHOWN_PROBLEMS = 8
/** Lists (one per level and status filter) and editors kept per policies version. */
const LISTS_KEPT = 30
const EDITORS_KEPT = 500

function invalid(errors: readonly string[]): ApiError {
  const shown = errors.slice(0, SHOWN_PROBLEMS)
  const more = errors.length > shown.length ? `；另有${errors.length - shown.length}处` : ''
  return new ApiError(400, 'POLICY_RULE_INVALID', `${shown.join('；')}${more}`)
}

const inputOf = ({ id: _id, ...p }: PolicySeed): PolicyInput => ({
  ...p,
  materials: [...p.materials],
})

/** 管理后台 › 惠企政策: drafts checked rule by rule, a dry run, publishing with history. */
export function adminPolicyHandlers({ repos, sql }: HandlerDeps): Pick<Handlers, AdminPolicyKeys> {
  const content = repos.policyContent
  // The console's session read the administrator grant with itself just now; a bearer asks.
  const asAdmin = async ({ userId, consoleAdmin }: Session) => {
    if (!(consoleAdmin ?? (await repos.roles.holds(userId, 'admin'))))
      throw forbidden('仅限管理员使用，请使用管理员账号登录')
    return userId
  }
  // Every write to a policy (a draft too) moves the policies version on, on any process: the
  // rows and editors are read again then, and kept until the next write.
  const version = () => content.version()
  const lists = cacheByVersion<PolicyRowList>(sql, version, LISTS_KEPT)
  const editors = cacheByVersion<EditorContent | null>(sql, version, EDITORS_KEPT)
  const editorAnswers = answersPer<EditorContent, PolicyEditor>()
  const found = async (id: string) => {
    const row = await content.find(id)
    if (!row) throw notFound('没有找到该政策，请刷新列表后重试')
    return row
  }
  const checked = (id: string, input: PolicyInput, now: Date): PolicySeed => {
    const result = checkPolicy(id, input, beijingDate(now))
    if (!result.ok) throw invalid(result.errors)
    return result.policy
  }
  const editor = async (id: string) => {
    const kept = await editors(id, async () => {
      const row = await content.find(id)
      return row ? editorContent(repos, row) : null
    })
    if (!kept) throw notFound('没有找到该政策，请刷新列表后重试')
    // Kept with the cached content and the publishers' names as read now: encoded once.
    const person = await publishersOf(repos, kept)
    const names = kept.history.map((h) => person(h.publishedById)?.nickname ?? '').join('\n')
    return editorAnswers(kept, names, () => withPublishersNamed(kept, person))
  }

  /** Publishes `policy` over the live version the row had; one of two publishes at once wins. */
  async function publish(
    row: Awaited<ReturnType<typeof found>>,
    policy: PolicySeed,
    by: string,
    at: string,
    fromDraft: boolean,
  ) {
    const json = JSON.stringify(policy)
    if (!(await content.publish(row.id, row.version, policy.level, json, at, by, fromDraft))) {
      throw new ApiError(
        409,
        'POLICY_CHANGED_MEANWHILE',
        '该政策刚被其他管理员发布或恢复，请刷新后查看最新版本再操作',
      )
    }
  }

  return {
    'GET /api/v1/admin/policies': async ({ query }, ctx) => {
      await asAdmin(ctx.session)
      return lists(`${query.level ?? ''}\n${query.status ?? ''}`, async () =>
        keptAnswer({ items: (await content.list(query)).map(toPolicyRow) }),
      )
    },

    'GET /api/v1/admin/policies/facts': async (_input, ctx) => {
      await asAdmin(ctx.session)
      return ruleFacts()
    },

    'POST /api/v1/admin/policies': async ({ body }, ctx) => {
      const adminId = await asAdmin(ctx.session)
      const id = `${body.level}-${randomUUID().slice(0, 8)}`
      const policy = checked(id, body, ctx.now)
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        await content.create(id, policy.level, JSON.stringify(policy), at, adminId)
        await recordChange(sql, {
          actorId: adminId,
          action: 'policy.created',
          target: { kind: 'policy', id },
          summary: `新建政策草稿“${policy.title}”`,
          before: null,
          after: { draft: policy },
          at,
        })
      })
      return editor(id)
    },

    'GET /api/v1/admin/policies/:id': async ({ params }, ctx) => {
      await asAdmin(ctx.session)
      return editor(params.id)
    },

    'PUT /api/v1/admin/policies/:id/draft': async ({ params, body }, ctx) => {
      const adminId = await asAdmin(ctx.session)
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        const row = await found(params.id)
        const draft = checked(row.id, body, ctx.now)
        await content.saveDraft(row.id, JSON.stringify(draft), at, adminId)
        const before = row.draft_json ?? row.published_json
        await recordChange(sql, {
          actorId: adminId,
          action: 'policy.draft_saved',
          target: { kind: 'policy', id: row.id },
          summary: `保存政策草稿“${draft.title}”（未发布）`,
          before: before === null ? null : (JSON.parse(before) as Record<string, unknown>),
          after: { ...draft },
          at,
        })
      })
      return editor(params.id)
    },

    'POST /api/v1/admin/policies/:id/dry-run': async ({ params, body }, ctx) => {
      await asAdmin(ctx.session)
      const row = await found(params.id)
      const candidate = checked(row.id, body, ctx.now)
      const samples = SAMPLE_ENTERPRISES.map((s) => ({
        id: s.id,
        name: s.name,
        facts: profileFacts(s.form, ctx.now),
      }))
      const profiles = factsOfForms(await content.profileForms(), ctx.now)
      return dryRun(livePolicy(row), candidate, samples, profiles, beijingDate(ctx.now))
    },

    'POST /api/v1/admin/policies/:id/publish': async ({ params }, ctx) => {
      const adminId = await asAdmin(ctx.session)
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        const row = await found(params.id)
        if (row.draft_json === null) {
          throw new ApiError(409, 'POLICY_NO_DRAFT', '没有待发布的草稿：请先修改并保存草稿再发布')
        }
        // Checked again as of today: a draft saved last month may have expired since.
        const policy = checked(row.id, inputOf(JSON.parse(row.draft_json) as PolicySeed), ctx.now)
        const live = livePolicy(row)
        await publish(row, policy, adminId, at, true)
        await recordChange(sql, {
          actorId: adminId,
          action: 'policy.published',
          target: { kind: 'policy', id: row.id },
          summary: `发布政策“${policy.title}”第${row.version + 1}版`,
          before: live === null ? null : { ...live },
          after: { ...policy },
          at,
        })
      })
      return editor(params.id)
    },

    'POST /api/v1/admin/policies/:id/discard-draft': async ({ params }, ctx) => {
      const adminId = await asAdmin(ctx.session)
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        const row = await found(params.id)
        if (row.draft_json === null)
          throw new ApiError(409, 'POLICY_NO_DRAFT', '该政策没有草稿，无需放弃')
        if (row.published_json === null) {
          throw new ApiError(
            409,
            'POLICY_NOT_PUBLISHED',
            '该政策尚未发布过，草稿是它唯一的内容：请修改草稿或发布',
          )
        }
        await content.discardDraft(row.id)
        await recordChange(sql, {
          actorId: adminId,
          action: 'policy.draft_discarded',
          target: { kind: 'policy', id: row.id },
          summary: '放弃政策草稿',
          before: JSON.parse(row.draft_json) as Record<string, unknown>,
          after: null,
          at,
        })
      })
      return editor(params.id)
    },

    'POST /api/v1/admin/policies/:id/withdraw': async ({ params, body }, ctx) => {
      const adminId = await asAdmin(ctx.session)
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        const row = await found(params.id)
        if (!(await content.withdraw(row.id, at))) {
          throw new ApiError(409, 'POLICY_NOT_PUBLISHED', '该政策当前未发布，无需撤回')
        }
        await recordChange(sql, {
          actorId: adminId,
          action: 'policy.withdrawn',
          target: { kind: 'policy', id: row.id },
          summary: `撤回政策（${body.reason}）`,
          before: { status: row.status, version: row.version },
          after: { status: 'withdrawn', version: row.version, reason: body.reason },
          at,
        })
      })
      return editor(params.id)
    },

    'POST /api/v1/admin/policies/:id/restore': async ({ params, body }, ctx) => {
      const adminId = await asAdmin(ctx.session)
      const at = ctx.now.toISOString()
      await inTransaction(sql, async () => {
        const row = await found(params.id)
        const old = await content.historyVersion(row.id, body.version)
        if (!old) {
          throw new ApiError(404, 'POLICY_VERSION_UNKNOWN', '没有该历史版本，请在版本列表中选择')
        }
        const policy = checked(row.id, inputOf(JSON.parse(old.policy_json) as PolicySeed), ctx.now)
        await publish(row, policy, adminId, at, false)
        await recordChange(sql, {
          actorId: adminId,
          action: 'policy.restored',
          target: { kind: 'policy', id: row.id },
          summary: `恢复政策“${policy.title}”第${old.version}版，发布为第${row.version + 1}版`,
          before:
            row.published_json === null
              ? null
              : (JSON.parse(row.published_json) as Record<string, unknown>),
          after: { ...policy },
          at,
        })
      })
      return editor(params.id)
    },
  }
}
