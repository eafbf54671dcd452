import { randomInt, randomUUID } from 'node:crypto'
import {
  type AgentGrant,
  type AgentGrantRequest,
  type AgentScope,
  DAY_MS,
  maskCode18,
  maskName,
} from '../../../../src/services/contract'
import type { Repos } from '../../repositories'
import { ApiError, notFound } from '../../../http/errors'
import type { AgentAction, AgentGrantRow } from './agent-repository'
import { verifiedUser } from './enterprise-binding'

/** The 法定代表人 may hand the code over later that day or the next. */
const CODE_HOURS = 24

const ACTION_NAMES: Record<AgentAction, string> = {
  granted: '授权',
  claimed: '经办人确认绑定',
  revoked: '撤销授权',
  applied_loan: '以企业名义申请贷款',
  prereview: '以企业名义提交预审',
  subscribed: '以企业名义订阅政策',
}

function statusOf(row: AgentGrantRow, now: Date): AgentGrant['status'] {
  if (row.revoked_at !== null) return 'revoked'
  if (Date.parse(row.valid_until) <= now.getTime()) return 'expired'
  return row.claimed_at === null ? 'unclaimed' : 'active'
}

async function actorName(repos: Repos, userId: string): Promise<string> {
  const user = await repos.users.findById(userId)
  return actorShown(user?.real_name ?? null)
}

const actorShown = (realName: string | null) => (realName ? maskName(realName) : '已注销用户')

function grantOf(
  row: AgentGrantRow,
  now: Date,
  audit: readonly { action: AgentAction; at: string; actorMasked: string }[],
): AgentGrant {
  const status = statusOf(row, now)
  const codeLive = status === 'unclaimed' && Date.parse(row.code_expires_at) > now.getTime()
  return {
    id: row.id,
    enterpriseName: row.enterprise_name,
    agentNameMasked: maskName(row.agent_name),
    agentIdNumberMasked: maskCode18(row.agent_id_number),
    scopes: JSON.parse(row.scopes_json) as AgentScope[],
    validUntil: row.valid_until,
    status,
    claimCode: codeLive ? row.claim_code : null,
    codeExpiresAt: codeLive ? row.code_expires_at : null,
    audit: audit.map((a) => ({
      action: ACTION_NAMES[a.action],
      at: a.at,
      actorMasked: a.actorMasked,
    })),
  }
}

async function view(repos: Repos, row: AgentGrantRow, now: Date): Promise<AgentGrant> {
  const audit = await Promise.all(
    (await repos.agents.auditOf(row.id)).map(async (a) => ({
      action: a.action,
      at: a.at,
      actorMasked: await actorName(repos, a.actor_id),
    })),
  )
  return grantOf(row, now, audit)
}

/** The firm the caller represents by law; a 经办人 cannot grant further. */
async function representedFirm(repos: Repos, userId: string, enterpriseId: string, now: Date) {
  await verifiedUser(repos, userId)
  const firm = await repos.enterprises.findOfUser(enterpriseId, userId, now)
  if (!firm) throw notFound('没有找到该企业，请先以法定代表人身份绑定企业')
  if (firm.basis !== 'legal_rep') {
    throw new ApiError(403, 'LEGAL_REPRESENTATIVE_ONLY', '只有企业的法定代表人可以管理经办人授权')
  }
  return firm
}

async function freshCode(repos: Repos): Promise<string> {
  for (;;) {
    const code = String(randomInt(10_000_000, 100_000_000))
    if (!(await repos.agents.byCode(code))) return code
  }
}

/** 经办人授权: scoped, time-limited, revocable at once, every step audited. */
export function createAgentGrants(repos: Repos) {
  return {
    async list(userId: string, enterpriseId: string, now: Date) {
      const firm = await representedFirm(repos, userId, enterpriseId, now)
      // Each with its trail and its actors' names, in one read: no read per grant or per actor.
      const rows = await repos.agents.ofEnterprise(firm.uscc)
      return {
        items: rows.map((row) =>
          grantOf(
            row,
            now,
            row.audit.map((a) => ({
              action: a.action,
              at: a.at,
              actorMasked: actorShown(a.actor_real_name),
            })),
          ),
        ),
      }
    },

    async grant(
      userId: string,
      enterpriseId: string,
      body: AgentGrantRequest,
      now: Date,
    ): Promise<AgentGrant> {
      const firm = await representedFirm(repos, userId, enterpriseId, now)
      if (body.agentIdNumber === (await verifiedUser(repos, userId)).id_number) {
        throw new ApiError(400, 'VALIDATION_FAILED', '不能授权给自己', {
          agentIdNumber: '请填写经办人的身份证号，法定代表人本人无需授权',
        })
      }
      const id = randomUUID()
      const at = now.toISOString()
      const claimCode = await freshCode(repos)
      await repos.agents.transaction(async () => {
        await repos.agents.insert({
          id,
          uscc: firm.uscc,
          enterprise_name: firm.name,
          grantor_id: userId,
          agent_name: body.agentName,
          agent_id_number: body.agentIdNumber,
          scopes_json: JSON.stringify([...new Set(body.scopes)]),
          days: body.days,
          valid_until: new Date(now.getTime() + body.days * DAY_MS).toISOString(),
          claim_code: claimCode,
          code_expires_at: new Date(now.getTime() + CODE_HOURS * 3_600_000).toISOString(),
          created_at: at,
        })
        await repos.agents.audit(id, userId, 'granted', at)
      })
      const row = await repos.agents.find(id)
      if (!row) throw new Error('agent grant insert did not persist')
      return view(repos, row, now)
    },

    async revoke(
      userId: string,
      enterpriseId: string,
      grantId: string,
      now: Date,
    ): Promise<AgentGrant> {
      const firm = await representedFirm(repos, userId, enterpriseId, now)
      const row = await repos.agents.find(grantId)
      if (!row || row.uscc !== firm.uscc) throw notFound('没有找到该授权')
      await repos.agents.transaction(async () => {
        if (await repos.agents.revoke(row.id, now.toISOString())) {
          await repos.enterprises.dropAgentBinding(row.id)
          await repos.agents.audit(row.id, userId, 'revoked', now.toISOString())
        }
      })
      return view(repos, (await repos.agents.find(row.id)) ?? row, now)
    },

    /** The named 经办人, verified as that person, binds the firm for the grant's days. */
    async claim(userId: string, code: string, now: Date): Promise<void> {
      const user = await verifiedUser(repos, userId)
      const row = await repos.agents.byCode(code)
      if (
        !row ||
        statusOf(row, now) !== 'unclaimed' ||
        Date.parse(row.code_expires_at) <= now.getTime()
      ) {
        throw notFound('授权码无效或已过期，请向法定代表人索取新的授权码')
      }
      if (row.agent_id_number !== user.id_number || row.agent_name !== user.real_name) {
        throw new ApiError(
          403,
          'AGENT_MISMATCH',
          '该授权码是授权给其他人的，请确认法定代表人填写的是您的姓名和身份证号',
        )
      }
      await repos.agents.transaction(async () => {
        if (!(await repos.agents.claim(row.id, userId, now.toISOString()))) {
          throw notFound('授权码无效或已过期，请向法定代表人索取新的授权码')
        }
        const existing = await repos.enterprises.findByUscc(userId, row.uscc)
        await repos.enterprises.bind({
          id: existing?.id ?? `ent_${randomUUID()}`,
          user_id: userId,
          name: row.enterprise_name,
          uscc: row.uscc,
          created_at: existing?.created_at ?? now.toISOString(),
          basis: 'agent',
          agent_grant_id: row.id,
          valid_until: row.valid_until,
        })
        await repos.agents.audit(row.id, userId, 'claimed', now.toISOString())
      })
    },
  }
}

export type AgentGrants = ReturnType<typeof createAgentGrants>
