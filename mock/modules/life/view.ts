import {
  maskName,
  type Bill,
  type Receipt,
  type UtilityAccount,
  type UtilityKind,
} from '../../../src/services/contract'
import type { AccountRow, BillRow, PaymentRow } from './repository'
import { SAMPLE_ACCOUNT_IDS } from './seed'

export const KIND_NAME: Record<UtilityKind, string> = {
  water: '水费',
  power: '电费',
  gas: '燃气费',
  heating: '暖气费',
}

/** Sample payees (the seed's households and bills are fictional). */
export const COMPANY: Record<UtilityKind, string> = {
  water: '包头市水务（集团）有限公司',
  power: '内蒙古电力（集团）包头供电公司',
  gas: '包头市燃气公司',
  heating: '包头市热力（集团）有限责任公司',
}

/** Neighbours must not learn who lives behind which door: the room number is masked. */
export function maskDoor(address: string): string {
  return address.replace(
    /(\d+)(室)?$/,
    (_all, _room: string, suffix?: string) => `***${suffix ?? ''}`,
  )
}

export function toBill(row: BillRow): Bill {
  return {
    id: row.id,
    accountId: row.account_id,
    period: row.period,
    description: row.description,
    amountCents: row.amount_cents,
    dueDate: row.due_date,
    status: row.payment_id === null ? 'unpaid' : 'paid',
    paymentId: row.payment_id,
    sample: SAMPLE_ACCOUNT_IDS.has(row.account_id),
  }
}

export function toAccount(row: AccountRow, bills: readonly BillRow[]): UtilityAccount {
  const unpaid = bills.filter((b) => b.payment_id === null)
  return {
    id: row.id,
    kind: row.kind,
    kindName: KIND_NAME[row.kind],
    company: COMPANY[row.kind],
    number: row.number,
    holder: maskName(row.holder),
    address: maskDoor(row.address),
    unpaidCents: unpaid.reduce((sum, b) => sum + b.amount_cents, 0),
    unpaidCount: unpaid.length,
    sample: SAMPLE_ACCOUNT_IDS.has(row.id),
  }
}

export function toReceipt(payment: PaymentRow, bill: BillRow, account: AccountRow): Receipt {
  return {
    id: payment.id,
    receiptNo: payment.receipt_no,
    billId: bill.id,
    kindName: KIND_NAME[account.kind],
    company: COMPANY[account.kind],
    accountNumber: account.number,
    holder: maskName(account.holder),
    period: bill.period,
    amountCents: payment.amount_cents,
    channel: payment.channel,
    paidAt: payment.paid_at,
    sample: SAMPLE_ACCOUNT_IDS.has(account.id),
  }
}
