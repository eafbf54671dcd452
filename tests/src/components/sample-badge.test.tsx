import { render, screen } from '@testing-library/react'
import { ItemCard } from '../../../src/features/catalog/components/item-card'
import { BillList } from '../../../src/features/life/components/bill-list'
import { ReceiptView } from '../../../src/features/life/components/receipt-view'
import { LabsHome } from '../../../src/features/labs/components/labs-home'
import type { BillList as Bills, ItemSummary, Receipt } from '../../../src/services/contract'

const item = (sample: boolean): ItemSummary => ({
  id: sample ? 'gen-1' : 'hand-1',
  code: '11150204MB0000000X4000111000001',
  name: sample ? '生成的事项' : '手写的事项',
  type: 'application',
  category: '行政确认',
  department: '青山区民政局',
  audiences: ['personal'],
  scenes: [],
  scopes: ['city'],
  promisedDays: 1,
  visits: 1,
  online: false,
  sample,
})

test('a generated catalog item carries a visible 示例 mark; a hand-written one does not', () => {
  render(<ItemCard item={item(true)} />)
  render(<ItemCard item={item(false)} />)
  const marks = screen.getAllByText('示例')
  expect(marks).toHaveLength(1)
  expect(screen.getByRole('button', { name: '生成的事项' }).textContent).toContain('示例')
  expect(screen.getByRole('button', { name: '手写的事项' }).textContent).not.toContain('示例')
})

const bills: Bills = {
  account: {
    id: 'water-1',
    kind: 'water',
    kindName: '水费',
    company: '包头市水务（集团）有限公司',
    number: '1502040019',
    holder: '张**',
    address: '青山区幸福路街道 幸福南路12号楼3单元***',
    unpaidCents: 4375,
    unpaidCount: 1,
    sample: true,
  },
  items: [
    {
      id: 'water-1-2026-01',
      accountId: 'water-1',
      period: '2026-01',
      description: '用量 12.5吨',
      amountCents: 4375,
      dueDate: '2026-02-25',
      status: 'unpaid',
      paymentId: null,
      sample: true,
    },
  ],
}

test('bills priced at sample tariffs, and their receipt, say they are 示例', () => {
  render(<BillList bills={bills} />)
  expect(screen.getByText(/本户号、账单和金额是示例数据/)).toBeTruthy()
  const receipt: Receipt = {
    id: 'pay-1',
    receiptNo: 'SBX1',
    billId: 'water-1-2026-01',
    kindName: '水费',
    company: '包头市水务（集团）有限公司',
    accountNumber: '1502040019',
    holder: '张**',
    period: '2026-01',
    amountCents: 4375,
    channel: 'sandbox',
    paidAt: '2026-03-02T01:00:00.000Z',
    sample: true,
  }
  render(<ReceiptView receipt={receipt} />)
  expect(screen.getAllByText('示例')).toHaveLength(2)
})

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../support/page-events').taroWithPageEvents(),
)
jest.mock('../../../src/features/labs/api', () => ({
  listLabs: () =>
    Promise.resolve([
      {
        id: 'lab-env',
        name: '青山区示例室内环境检测有限公司',
        cma: 'CMA 示例-150204-001',
        address: '包头市青山区幸福路街道 科技大厦3楼',
        phone: '0472-3100001',
        services: ['air'],
        priceText: '甲醛、TVOC、苯：每个点位150元',
        hours: '工作日 9:00–17:30',
        sample: true,
      },
    ]),
  myBookings: () => Promise.resolve([]),
}))

test('a fictional lab shows 示例 beside its name and says its CMA number is not a real certificate', async () => {
  render(<LabsHome />)
  await screen.findByText('资质认定：CMA 示例-150204-001（示例编号，非真实证书）')
  expect(screen.getByText('示例')).toBeTruthy()
  // The hours the 管理后台 keeps, as residents read them before booking.
  expect(screen.getByText('服务时间：工作日 9:00–17:30')).toBeTruthy()
})
