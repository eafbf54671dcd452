// 金融服务 as the fake backend answers it: the reference server's products and scoring rules, and
// one submitted application of the signed-in 法人.
import type { CreditRequest, LoanApplication } from '../../../src/services/contract'
import { assessCredit } from '../../../mock/modules/finance/credit'
import { PRODUCTS, toWireProduct } from '../../../mock/modules/finance/products'
import type { ApiRequest, RouteTable } from './server'

export const submittedApplication: LoanApplication = {
  id: 'loan-0001',
  productId: 'abc-tax-credit',
  productName: '小微企业纳税信用贷',
  bank: '中国农业银行包头青山支行',
  enterpriseName: '包头市青山区示例机械制造有限公司',
  amount: 80,
  purpose: '采购钢材原材料',
  grade: 'A',
  status: 'submitted',
  statusText: '已提交，等待银行受理',
  decisionNote: null,
  createdAt: '2026-03-02T01:00:00.000Z',
  decidedAt: null,
  canDecide: false,
}

const body = (req: ApiRequest) => (req.body ?? {}) as Record<string, string>

export function financeRoutes(): RouteTable {
  const applications: LoanApplication[] = [{ ...submittedApplication }]
  return {
    'GET /api/v1/finance/products': () => ({
      status: 200,
      data: { items: PRODUCTS.map(toWireProduct) },
    }),
    'POST /api/v1/finance/credit-assessments': (req) => ({
      status: 200,
      data: assessCredit(body(req) as CreditRequest),
    }),
    'GET /api/v1/finance/applications': () => ({ status: 200, data: { items: applications } }),
    'GET /api/v1/finance/applications/:id': (req) => {
      const found = applications.find((a) => a.id === req.params.id)
      return found
        ? { status: 200, data: found }
        : { status: 404, error: { code: 'NOT_FOUND', message: '没有找到该贷款申请' } }
    },
    'POST /api/v1/finance/applications': (req) => {
      const { productId, amount, purpose, grade } = body(req)
      const product = PRODUCTS.find((p) => p.id === productId)
      if (!product)
        return { status: 400, error: { code: 'VALIDATION_FAILED', message: '请选择贷款产品' } }
      const created: LoanApplication = {
        ...submittedApplication,
        id: `loan-000${applications.length + 1}`,
        productId: product.id,
        productName: product.name,
        bank: product.bank,
        amount: Number(amount),
        purpose: String(purpose),
        grade: grade === 'A' || grade === 'B' || grade === 'C' ? grade : 'D',
      }
      applications.unshift(created)
      return { status: 200, data: created }
    },
    'GET /api/v1/finance/bank/applications': () => ({
      status: 403,
      error: { code: 'FORBIDDEN', message: '仅限合作银行工作人员使用，请使用银行账号登录' },
    }),
  }
}
