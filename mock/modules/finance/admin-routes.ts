import type { AdminLoanProduct } from '../../../src/services/contract'
import { forbidden } from '../../auth/roles'
import { inTransaction } from '../../db/engine'
import { ApiError, notFound } from '../../http/errors'
import type { Handlers, Session } from '../../http/types'
import { recordChange } from '../admin/audit-repository'
import { consoleCache } from '../admin/console-version'
import type { HandlerDeps } from '../deps'
import { checkProduct } from './product-check'
import { PRODUCTS_ARE_SAMPLES } from './products'
import { wireProduct, type LoanProductRecord } from './products-repository'

type AdminFinanceKeys =
  | 'GET /api/v1/admin/finance/products'
  | 'PUT /api/v1/admin/finance/products/:id'
  | 'POST /api/v1/admin/finance/products/:id/off-shelf'
  | 'POST /api/v1/admin/finance/products/:id/on-shelf'

function toAdminProduct(row: LoanProductRecord): AdminLoanProduct {
  const { bankId, ...product } = wireProduct(row)
  return {
    product,
    bankId,
    onShelf: row.on_shelf === 1,
    sample: PRODUCTS_ARE_SAMPLES,
    updatedAt: row.updated_at,
    editedAt: row.edited_at,
  }
}

/** 管理后台 › 银行产品: edit (checked), take off shelf, put back; the mini program reads them live. */
export function adminFinanceHandlers({
  repos,
  sql,
}: HandlerDeps): Pick<Handlers, AdminFinanceKeys> {
  const products = repos.loanProducts
  // Every write to loan_products moves the console version on (migration 41), from any process.
  const lists = consoleCache<AdminLoanProduct[]>(sql, 1)
  // A console session has read the grant with itself; a bearer one asks now.
  const asAdmin = async ({ userId, consoleAdmin }: Session) => {
    if (!(consoleAdmin ?? (await repos.roles.holds(userId, 'admin'))))
      throw forbidden('仅限管理员使用，请使用管理员账号登录')
    return userId
  }
  const found = async (id: string) => {
    const row = await products.find(id)
    if (!row) throw notFound('没有找到该贷款产品，请刷新列表后重试')
    return row
  }
  const shelf = async (
    id: string,
    reason: string,
    session: Session,
    now: Date,
    onShelf: boolean,
  ) => {
    const adminId = await asAdmin(session)
    const at = now.toISOString()
    return inTransaction(sql, async () => {
      const row = await found(id)
      if (!(await products.setShelf(row.id, onShelf, at))) {
        throw new ApiError(
          409,
          'LOAN_PRODUCT_SHELF_UNCHANGED',
          onShelf ? '该产品已在架上，无需重新上架' : '该产品已下架，无需再次下架',
        )
      }
      const name = wireProduct(row).name
      await recordChange(sql, {
        actorId: adminId,
        action: onShelf ? 'loan_product.on_shelf' : 'loan_product.off_shelf',
        target: { kind: 'loan_product', id: row.id },
        summary: `${onShelf ? '重新上架' : '下架'}贷款产品“${name}”（${reason}）`,
        before: { onShelf: !onShelf },
        after: { onShelf, reason },
        at,
      })
      return toAdminProduct(await found(row.id))
    })
  }

  return {
    'GET /api/v1/admin/finance/products': async (_input, ctx) => {
      await asAdmin(ctx.session)
      return { items: await lists('all', async () => (await products.all()).map(toAdminProduct)) }
    },
    'PUT /api/v1/admin/finance/products/:id': async ({ params, body }, ctx) => {
      const adminId = await asAdmin(ctx.session)
      const result = checkProduct(body)
      if (!result.ok) throw new ApiError(400, 'LOAN_PRODUCT_INVALID', result.errors.join('；'))
      const at = ctx.now.toISOString()
      return inTransaction(sql, async () => {
        const row = await found(params.id)
        const { id: _id, bank: _bank, bankId: _bankId, ...before } = wireProduct(row)
        await products.update(row.id, result.terms, at)
        await recordChange(sql, {
          actorId: adminId,
          action: 'loan_product.updated',
          target: { kind: 'loan_product', id: row.id },
          summary: `修改贷款产品“${result.terms.name}”`,
          before,
          after: { ...result.terms },
          at,
        })
        return toAdminProduct(await found(row.id))
      })
    },
    'POST /api/v1/admin/finance/products/:id/off-shelf': ({ params, body }, ctx) =>
      shelf(params.id, body.reason, ctx.session, ctx.now, false),
    'POST /api/v1/admin/finance/products/:id/on-shelf': ({ params, body }, ctx) =>
      shelf(params.id, body.reason, ctx.session, ctx.now, true),
  }
}
