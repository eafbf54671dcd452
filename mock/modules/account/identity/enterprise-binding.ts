import { randomUUID } from 'node:crypto'
import type { EnterpriseRequest } from '../../../../src/services/contract'
import type { Repos } from '../../repositories'
import { ApiError, unauthorized } from '../../../http/errors'

export const MAX_ENTERPRISES = 10

export const identityRequired = () =>
  new ApiError(403, 'IDENTITY_REQUIRED', '请先在“实名与企业”完成实名核验，再办理企业业务')

/** The verified person of the account, or 403 saying that verification comes first. */
export async function verifiedUser(repos: Repos, userId: string) {
  const user = await repos.users.findById(userId)
  if (!user) throw unauthorized()
  if (user.id_number === null || user.real_name === null) throw identityRequired()
  return { ...user, id_number: user.id_number, real_name: user.real_name }
}

/**
 * 法人 identity is proven by the 市场主体 register: the verified person must be the firm's
 * registered 法定代表人 (or 经营者). A 经办人 binds through a grant instead (agents.ts).
 */
export async function bindAsLegalRepresentative(
  repos: Repos,
  userId: string,
  body: EnterpriseRequest,
  now: Date,
): Promise<void> {
  const user = await verifiedUser(repos, userId)
  const entity = await repos.identity.entity(body.uscc)
  if (!entity) {
    throw new ApiError(
      404,
      'ENTERPRISE_NOT_REGISTERED',
      '市场主体登记中没有这个统一社会信用代码，请对照营业执照逐位核对',
    )
  }
  if (entity.name !== body.name) {
    throw new ApiError(400, 'VALIDATION_FAILED', '企业名称与登记信息不一致', {
      name: '请按营业执照上的企业名称完整填写',
    })
  }
  if (entity.legal_rep_id_number !== user.id_number) {
    throw new ApiError(
      403,
      'NOT_LEGAL_REPRESENTATIVE',
      '您不是该企业登记的法定代表人。请法定代表人在“实名与企业 → 经办人授权”中授权您，再输入授权码绑定',
    )
  }
  await repos.enterprises.transaction(async () => {
    // Binds of one account take turns: the limit counted below still holds at the insert.
    await repos.enterprises.holdUser(userId)
    const existing = await repos.enterprises.findByUscc(userId, body.uscc)
    const live = existing && (await repos.enterprises.findOfUser(existing.id, userId, now))
    if (live && live.basis === 'legal_rep') {
      throw new ApiError(409, 'ENTERPRISE_ALREADY_BOUND', '该企业已绑定，可在“切换身份”中直接选择')
    }
    if ((await repos.enterprises.listByUser(userId, now)).length >= MAX_ENTERPRISES) {
      throw new ApiError(
        409,
        'ENTERPRISE_LIMIT_REACHED',
        `最多可绑定${MAX_ENTERPRISES}家企业，请先解绑不再办理业务的企业`,
      )
    }
    await repos.enterprises.bind({
      id: existing?.id ?? `ent_${randomUUID()}`,
      user_id: userId,
      name: entity.name,
      uscc: entity.uscc,
      created_at: existing?.created_at ?? now.toISOString(),
      basis: 'legal_rep',
      agent_grant_id: null,
      valid_until: null,
    })
  })
}
