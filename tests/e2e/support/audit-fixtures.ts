import {
  idNumberCheckChar,
  usccCheckChar,
  type Appointment,
  type BillList,
  type BookableDates,
  type Consultation,
  type Receipt,
  type SamplingBooking,
  type SlotList,
  type UtilityAccount,
  type CaseDetail,
  type CaseForm,
  type Grant,
  type Output,
} from '../../../src/services/contract'
import { accountNumber, UTILITY_SEED } from '../../../mock/modules/life/seed'
import { LAB_STAFF_SEED } from '../../../mock/modules/labs/seed'
import { DEV_HELPERS } from '../../../mock/auth/dev-staff'
import { FIRMS, PEOPLE } from '../../support/people'
import type { Api } from './api'

const ITEM = 'market-llc-setup'
const POINT = 'sp-qs-center'

const QUERY = `itemId=${ITEM}&pointId=${POINT}`

async function bookAppointment(api: Api, dates: BookableDates['dates']): Promise<Appointment> {
  for (const day of dates) {
    const { slots } = await api<SlotList>(
      'GET',
      `/api/v1/appointments/slots?${QUERY}&date=${day.date}`,
    )
    const open = slots.find((s) => s.remaining > 0)
    if (open) {
      return api<Appointment>('POST', '/api/v1/appointments', {
        itemId: ITEM,
        pointId: POINT,
        slotStart: open.start,
        name: '王秀兰',
        phone: '13847200001',
      })
    }
  }
  throw new Error('no open slot in the next 14 working days')
}

async function askLawyer(api: Api): Promise<Consultation> {
  const { items } = await api<Output<'GET /api/v1/legal/lawyers'>>('GET', '/api/v1/legal/lawyers')
  return api<Consultation>('POST', '/api/v1/legal/consultations', {
    lawyerId: items[0]?.id,
    topic: 'labor',
    question: '公司拖欠了我三个月工资，一直说下个月发，我该怎么要回来？',
  })
}

/** A bound 户号 with one bill paid (for the receipt) and one still to pay. */
async function payABill(api: Api) {
  // Bills belong to the 户号, not to who binds it: the last water account, which life.e2e leaves alone.
  const seed = UTILITY_SEED.filter((a) => a.kind === 'water').at(-1)
  if (!seed) throw new Error('no utility account in the seed')
  const account = await api<UtilityAccount>('POST', '/api/v1/utilities/accounts', {
    kind: seed.kind,
    number: accountNumber(seed),
    holderCheck: seed.holder.slice(0, 1),
  })
  const bills = await api<BillList>('GET', `/api/v1/utilities/accounts/${account.id}/bills`)
  const [first, second] = bills.items.filter((b) => b.status === 'unpaid')
  if (!first || !second) throw new Error(`${account.id} needs two unpaid bills in the seed`)
  const receipt = await api<Receipt>('POST', '/api/v1/utilities/payments', { billId: first.id })
  return { account: account.id, unpaid: second.id, receipt: receipt.id }
}

async function bookSampling(api: Api, date: string) {
  const { items } = await api<Output<'GET /api/v1/testing/labs'>>('GET', '/api/v1/testing/labs')
  // Not the lab testing.e2e works with: its desk opens the first visit waiting for a report.
  const lab = items.find((l) => l.id !== 'lab-env')
  const service = lab?.services[0]
  if (!lab || !service) throw new Error('no lab in the seed')
  const booking = await api<SamplingBooking>('POST', '/api/v1/testing/bookings', {
    labId: lab.id,
    service,
    date,
    slot: 'am',
    address: '青山区幸福路街道幸福南路12号楼3单元501',
    contact: '王秀兰',
    phone: '13847200001',
  })
  const staff = LAB_STAFF_SEED.find((l) => l.labId === lab.id)?.handle
  if (!staff) throw new Error(`no dev staff for ${lab.id}`)
  return { lab: lab.id, service, booking: booking.id, staff }
}

const ID_BODY = '15020419560318212'
const USCC_BODY = '91150204MA0N2K3L7'
function valueFor({ rule, label, choices }: CaseForm['fields'][number]): string {
  if (rule === 'id_number') return ID_BODY + idNumberCheckChar(ID_BODY)
  if (rule === 'uscc') return USCC_BODY + usccCheckChar(USCC_BODY)
  if (rule === 'mobile') return '13847200001'
  if (rule === 'date') return '2020-03-01'
  if (rule === 'choice') return choices?.[0] ?? ''
  return `${label}（审核用）`
}

const pdf = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n%%EOF\n`)

/** A 一键代办 case with every field and a PDF for each required material, as the user of `api`. */
export async function submitFullCase(api: Api) {
  const form = await api<CaseForm>('GET', `/api/v1/cases/form?kind=item&id=${ITEM}`)
  const fields = Object.fromEntries(form.fields.map((f) => [f.key, valueFor(f)]))
  const materials = []
  for (const { material } of form.materials.filter((m) => m.material.required)) {
    const file = await api.upload(`${material.name}.pdf`, pdf(material.name), 'application/pdf')
    materials.push({ materialId: material.id, uploadIds: [file.id], licenceId: null })
  }
  const submitted = await api<CaseDetail>('POST', '/api/v1/cases', {
    source: { kind: 'item', id: ITEM },
    fields,
    materials,
  })
  return { submitted, materials }
}

/** Such a case; its 帮办员 asks 补正. */
async function caseInCorrection(api: Api, baseUrl: string, apiAs: ApiAs) {
  const { submitted, materials } = await submitFullCase(api)
  const helper = DEV_HELPERS.find((h) => h.name === submitted.helper?.name)
  if (!helper) throw new Error(`no dev 帮办员 named ${submitted.helper?.name}`)
  const staff = await apiAs(baseUrl, helper.handle)
  const [first] = materials
  await staff('POST', `/api/v1/staff/cases/${submitted.id}/correction`, {
    items: [
      { target: `material:${first?.materialId}`, reason: '扫描件缺少签字页，请补充后重新上传' },
    ],
  })
  return { id: submitted.id, helper: helper.handle }
}

type ApiAs = (baseUrl: string, device: string) => Promise<Api>

/**
 * Query strings for the routes that show a record of the user: created here through the API, as
 * the user the audit signs in as, so those pages are audited with content instead of a 404.
 */
/** 实名 proven with the dev outbox code, then the firm bound as its 法定代表人 with one 经办人 grant. */
async function firmWithAgent(api: Api) {
  const { diner } = FIRMS
  const { id } = await api<{ id: string }>('POST', '/api/v1/me/identity/verifications', diner.rep)
  const { items } = await api<{ items: { text: string }[] }>('GET', '/api/v1/dev/outbox')
  const code = /验证码为(\d{6})/.exec(items[0]?.text ?? '')?.[1]
  await api('POST', `/api/v1/me/identity/verifications/${id}/confirm`, { code })
  const profile = await api<{ enterprises: { id: string }[] }>('POST', '/api/v1/me/enterprises', {
    name: diner.name,
    uscc: diner.uscc,
  })
  const firm = profile.enterprises[0]?.id ?? ''
  await api('POST', `/api/v1/me/enterprises/${firm}/agents`, {
    agentName: PEOPLE.zhou.name,
    agentIdNumber: PEOPLE.zhou.idNumber,
    scopes: ['policy'],
    days: 30,
  })
  return firm
}

export async function recordQueries(
  api: Api,
  baseUrl: string,
  apiAs: ApiAs,
): Promise<{ queries: Record<string, string>; staff: Record<string, string> }> {
  const { dates } = await api<BookableDates>('GET', `/api/v1/appointments/dates?${QUERY}`)
  const appointment = await bookAppointment(api, dates)
  const thread = await askLawyer(api)
  const life = await payABill(api)
  // A working day after today: sampling visits start tomorrow at the earliest.
  const sampling = await bookSampling(api, dates[1]?.date ?? '')
  const { items: plans } = await api<Output<'GET /api/v1/telecom/plans'>>(
    'GET',
    '/api/v1/telecom/plans',
  )
  const grant = await api<Grant>('POST', '/api/v1/proxy/grants', {
    granteeKind: 'relative',
    granteeName: '李明',
    relation: '孙子',
    itemIds: [ITEM],
    days: 7,
  })
  const inCorrection = await caseInCorrection(api, baseUrl, apiAs)
  const firm = await firmWithAgent(api)
  const queries = {
    'packages/account/pages/agents/index': `id=${firm}`,
    'packages/cases/pages/detail/index': `id=${inCorrection.id}`,
    'packages/cases/pages/correct/index': `id=${inCorrection.id}`,
    'packages/cases/pages/staff-case/index': `id=${inCorrection.id}`,
    'packages/family/pages/code/index': `id=${grant.id}`,
    'packages/booking/pages/detail/index': `id=${appointment.id}`,
    'packages/legal/pages/thread/index': `id=${thread.id}`,
    'packages/life/pages/bills/index': `account=${life.account}`,
    'packages/life/pages/pay/index': `account=${life.account}&bill=${life.unpaid}`,
    'packages/life/pages/receipt/index': `id=${life.receipt}`,
    'packages/labs/pages/book/index': `lab=${sampling.lab}&service=${sampling.service}`,
    'packages/labs/pages/booking/index': `id=${sampling.booking}`,
    'packages/telecom/pages/request/index': `plan=${plans[0]?.id ?? ''}`,
  }
  return {
    queries,
    staff: {
      'packages/cases/pages/staff-case/index': inCorrection.helper,
      'packages/labs/pages/lab/index': sampling.staff,
    },
  }
}
