import { randomUUID } from 'node:crypto'
import {
  CREDIT_YEARS_TEXT,
  EnterpriseProfileForm,
  yearsBandOf,
  type CreditRequest,
  type LoanApplication,
} from '../../../src/services/contract'
import { requireScopes } from '../../auth/roles'
import type { Repos } from '../repositories'
import type { ApplicationRow, ViewedApplicationRow } from './repository'
import { atLeast, assessCredit } from './credit'
import { wireProduct, type LoanProductRecord } from './products-repository'
import { ApiError, notFound } from '../../http/errors'
import { actingEnterprise, recordAgentUse } from '../account/identity/enterprise-access'
import type { Handlers } from '../../http/types'
import type { HandlerDeps } from '../deps'
import { loanDecisionMessage } from '../messages/builders'

type FinanceKeys =
  | 'GET /api/v1/finance/products'
  | 'POST /api/v1/finance/credit-assessments'
  | 'POST /api/v1/finance/applications'
  | 'GET /api/v1/finance/applications'
  | 'GET /api/v1/finance/applications/:id'
  | 'GET /api/v1/finance/bank/applications'
  | 'POST /api/v1/finance/applications/:id/decision'

/** A self-assessment older than this no longer describes the enterprise. */
const ASSESSMENT_VALID_DAYS = 90

const STATUS_TEXT = {
  submitted: '已提交，等待银行受理',
  accepted: '银行已受理，客户经理将联系您',
  declined: '银行未予受理',
} as const

/** The product's name and bank as they are now (an edit or 下架 keeps the application readable). */
async function productOf(repos: Repos, id: string) {
  const row = await repos.loanProducts.find(id)
  return row ? wireProduct(row) : undefined
}

async function toApplication(
  repos: Repos,
  row: ApplicationRow,
  banksOfViewer: readonly string[],
): Promise<LoanApplication> {
  const product = await productOf(repos, row.product_id)
  return applicationOf(row, product, banksOfViewer.includes(row.bank_id))
}

/** The application as its reader sees it; `bankStaff`: the reader is staff of its bank now. */
function applicationOf(
  row: ApplicationRow,
  product: { name: string; bank: string } | undefined,
  bankStaff: boolean,
): LoanApplication {
  return {
    id: row.id,
    productId: row.product_id,
    productName: product?.name ?? '贷款产品',
    bank: product?.bank ?? '',
    enterpriseName: row.enterprise_name,
    amount: row.amount,
    purpose: row.purpose,
    grade: row.grade,
    status: row.status,
    statusText: STATUS_TEXT[row.status],
    decisionNote: row.decision_note,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    canDecide: row.status === 'submitted' && bankStaff,
  }
}

/** An application read with its product (see ViewedApplicationRow). */
const viewedOf = (row: ViewedApplicationRow) =>
  applicationOf(
    row,
    row.product_json !== null && row.product_bank_id !== null
      ? wireProduct({
          id: row.product_id,
          bank_id: row.product_bank_id,
          product_json: row.product_json,
        })
      : undefined,
    Boolean(row.bank_staff),
  )

/** The banks whose staff the user is now (a live bank grant). */
const banksOf = (repos: Repos, userId: string) => repos.roles.scopesOf(userId, 'bank')

/** The applicant, or staff of the lending bank; anyone else is answered as for a missing one. */
async function visible(repos: Repos, id: string, userId: string) {
  const row = await repos.finance.find(id)
  const banks = await banksOf(repos, userId)
  if (!row || (row.user_id !== userId && !banks.includes(row.bank_id)))
    throw notFound('没有找到该贷款申请')
  return { row, banks }
}

/**
 * 成立年限 must agree with the founding date the enterprise gave in its 企业画像: one company has
 * one age. Without a profile date the answer stands as given.
 */
async function checkYearsAgainstProfile(
  repos: Repos,
  enterpriseId: string,
  years: CreditRequest['years'],
  now: Date,
): Promise<void> {
  const row = await repos.policy.profile(enterpriseId)
  if (!row) return
  const parsed = EnterpriseProfileForm.safeParse(JSON.parse(row.form_json))
  if (!parsed.success) return
  const band = yearsBandOf(parsed.data.foundedOn, now)
  if (band === null || band === years) return
  const message = `企业画像中的成立日期是${parsed.data.foundedOn}，成立年限应为“${CREDIT_YEARS_TEXT[band]}”；如成立日期有误，请先在企业画像中改正`
  throw new ApiError(400, 'VALIDATION_FAILED', message, { years: message })
}

const toWire = (row: LoanProductRecord) => {
  const { bankId: _bankId, ...product } = wireProduct(row)
  return product
}

export function financeHandlers({ repos, notify }: HandlerDeps): Pick<Handlers, FinanceKeys> {
  const f = repos.finance
  const onShelf = async () => (await repos.loanProducts.onShelf()).map(toWire)
  return {
    'GET /api/v1/finance/products': async () => ({ items: await onShelf() }),
    // Stored, so the grade a loan application carries is the server's, never the client's.
    'POST /api/v1/finance/credit-assessments': async ({ body }, ctx) => {
      const user = await repos.users.findById(ctx.session.userId)
      const firm =
        user?.active_enterprise_id != null
          ? await repos.enterprises.findOfUser(
              user.active_enterprise_id,
              ctx.session.userId,
              ctx.now,
            )
          : undefined
      if (firm) await checkYearsAgainstProfile(repos, firm.id, body.years, ctx.now)
      const result = assessCredit(body, await onShelf())
      await f.saveAssessment({
        id: randomUUID(),
        user_id: ctx.session.userId,
        enterprise_id: firm?.id ?? null,
        score: result.score,
        grade: result.grade,
        answers_json: JSON.stringify(body),
        created_at: ctx.now.toISOString(),
      })
      return result
    },
    'POST /api/v1/finance/applications': async ({ body }, ctx) => {
      const userId = ctx.session.userId
      const stored = await repos.loanProducts.find(body.productId)
      const product = stored ? wireProduct(stored) : undefined
      if (!product) {
        throw new ApiError(400, 'VALIDATION_FAILED', '请选择列表中的贷款产品', {
          productId: '没有这个贷款产品，请重新选择',
        })
      }
      if (stored?.on_shelf === 0) {
        throw new ApiError(
          409,
          'LOAN_PRODUCT_OFF_SHELF',
          '该贷款产品已下架，请返回产品列表选择其他产品',
        )
      }
      const enterprise = await actingEnterprise(repos, userId, 'finance', ctx.now)
      const since = new Date(ctx.now.getTime() - ASSESSMENT_VALID_DAYS * 86_400_000).toISOString()
      const assessment = await f.latestAssessment(enterprise.id, since)
      if (!assessment) {
        throw new ApiError(
          409,
          'CREDIT_ASSESSMENT_REQUIRED',
          `请先以该企业身份完成信用自评（${ASSESSMENT_VALID_DAYS}天内有效），再申请贷款`,
        )
      }
      const amount = Number(body.amount)
      if (amount < product.amountMin || amount > product.amountMax) {
        throw new ApiError(400, 'VALIDATION_FAILED', '申请金额不在产品额度范围内', {
          amount: `该产品额度为${product.amountMin}万至${product.amountMax}万元，请调整金额`,
        })
      }
      if (!atLeast(assessment.grade, product.minGrade)) {
        throw new ApiError(
          409,
          'GRADE_TOO_LOW',
          `该产品需信用自评${product.minGrade}级及以上，建议选择担保或抵押类产品`,
        )
      }
      const id = randomUUID()
      await f.insert({
        id,
        user_id: userId,
        enterprise_name: enterprise.name,
        product_id: product.id,
        bank_id: product.bankId,
        amount,
        purpose: body.purpose,
        grade: assessment.grade,
        created_at: ctx.now.toISOString(),
      })
      await recordAgentUse(repos, enterprise, userId, 'applied_loan', ctx.now)
      const row = await f.find(id)
      if (!row) throw new Error('loan application insert did not persist')
      return toApplication(repos, row, await banksOf(repos, userId))
    },
    'GET /api/v1/finance/applications': async (_input, ctx) => {
      const banks = await banksOf(repos, ctx.session.userId)
      const rows = await f.ofUser(ctx.session.userId)
      return { items: await Promise.all(rows.map((r) => toApplication(repos, r, banks))) }
    },
    'GET /api/v1/finance/applications/:id': async ({ params }, ctx) => {
      const row = await f.viewed(params.id, ctx.session.userId)
      if (!row || (row.user_id !== ctx.session.userId && !row.bank_staff))
        throw notFound('没有找到该贷款申请')
      return viewedOf(row)
    },
    'GET /api/v1/finance/bank/applications': async (_input, ctx) => {
      const rows = await f.ofBankStaff(ctx.session.userId)
      // Staff of no bank: the same 403 as every bank desk.
      if (rows === null) await requireScopes(repos, ctx.session.userId, 'bank')
      return { items: (rows ?? []).map(viewedOf) }
    },
    // The conditional update is the guard: of two decisions sent at once, one is stored.
    'POST /api/v1/finance/applications/:id/decision': async ({ params, body }, ctx) => {
      const { row: found, banks } = await visible(repos, params.id, ctx.session.userId)
      if (!banks.includes(found.bank_id))
        throw new ApiError(403, 'FORBIDDEN', '只有放贷银行的工作人员可以受理该申请')
      if (!(await f.decide(found.id, body.decision, body.note, ctx.now.toISOString()))) {
        const current = (await f.find(found.id)) ?? found
        throw new ApiError(
          409,
          'ALREADY_DECIDED',
          `该申请已处理（${STATUS_TEXT[current.status]}），不能重复处理`,
        )
      }
      const row = (await f.find(found.id)) ?? found
      const product = (await productOf(repos, row.product_id))?.name ?? '贷款产品'
      await notify(ctx, loanDecisionMessage(row, product))
      return toApplication(repos, row, await banksOf(repos, ctx.session.userId))
    },
  }
}
