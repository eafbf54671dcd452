import type { FastifyInstance } from 'fastify'
import {
  checkIdNumber,
  checkUscc,
  type CaseApplication,
  type CaseDetail,
  type CaseForm,
  type LicenceList,
  type Prefill,
} from '../../src/services/contract'
import type { Sql } from '../../mock/db/engine'
import { HOLDERS } from '../../mock/modules/ecert/seed'
import {
  actAsFirm,
  authed,
  fictionalPerson,
  json,
  login,
  PEOPLE,
  testApp,
  verifyAs,
  type ErrorJson,
} from './helpers'
import { statementsOf } from './cases/statements'
import { caseFormOf, blurredJpeg, CLINIC, call, completeApplication, upload } from './cases/support'

let app: FastifyInstance
let sql: Sql
let form: CaseForm
const token: Record<'doctor' | 'nurse' | 'owner' | 'impostor' | 'newcomer', string> = {
  doctor: '',
  nurse: '',
  owner: '',
  impostor: '',
  newcomer: '',
}

/** Not in the seeded 人口库: their 居民身份证 comes from the 实名 data alone. */
const NEWCOMER = fictionalPerson('刘晓燕', '124', '19900307')
/** The doctor's 身份证号 under another name: the 人口库 knows no such person. */
let impostorClaim: { status: number; code: string }

const wallet = async (user: string) =>
  (await call<LicenceList>(app, user, 'GET', '/api/v1/ecert/licences')).data.items

/** A complete clinic application with the given materials given by licence instead. */
async function withLicences(user: string, licences: Record<string, string>) {
  const base: CaseApplication = await completeApplication(app, user, form)
  return {
    source: CLINIC,
    ...base,
    materials: [
      ...base.materials.filter((m) => !(m.materialId in licences)),
      ...Object.entries(licences).map(([materialId, licenceId]) => ({
        materialId,
        uploadIds: [],
        licenceId,
      })),
    ],
  }
}

async function refusal(user: string, materialId: string, licenceId: string) {
  const res = await call(
    app,
    user,
    'POST',
    '/api/v1/cases',
    await withLicences(user, { [materialId]: licenceId }),
  )
  expect(res.status).toBe(422)
  return res.error.fields?.[`material:${materialId}`]
}

beforeAll(async () => {
  ;({ app, sql } = testApp({ registry: { people: [NEWCOMER] } }))
  for (const key of Object.keys(token) as (keyof typeof token)[]) {
    token[key] = await login(app, `dev:ecert-${key}`)
  }
  await verifyAs(app, token.doctor, PEOPLE.doctor)
  await verifyAs(app, token.nurse, PEOPLE.nurse)
  await verifyAs(app, token.newcomer, NEWCOMER)
  // Binds the food company as its 法定代表人 and acts as it.
  await actAsFirm(app, token.owner, {
    name: HOLDERS.food.name,
    uscc: HOLDERS.food.uscc,
    rep: PEOPLE.owner,
  })
  const claim = await app.inject(
    authed(token.impostor, {
      method: 'POST',
      url: '/api/v1/me/identity/verifications',
      payload: { name: '王志刚', idNumber: HOLDERS.doctor.idNumber },
    }),
  )
  impostorClaim = { status: claim.statusCode, code: json<ErrorJson>(claim).error.code }
  form = await caseFormOf(app, token.doctor)
}, 30_000)
afterAll(async () => {
  await app.close()
})

describe('the 电子证照 wallet', () => {
  test('seeded holders carry valid check characters, so one can 实名 as them', () => {
    for (const holder of Object.values(HOLDERS)) {
      const result = 'uscc' in holder ? checkUscc(holder.uscc) : checkIdNumber(holder.idNumber)
      expect([holder.name, result]).toEqual([holder.name, { ok: true }])
    }
  })

  test('lists the holder’s own licences with masked numbers, issuer and validity', async () => {
    const items = await wallet(token.doctor)
    expect(items.map((l) => [l.name, l.numberMasked, l.holder, l.expired])).toEqual([
      ['居民身份证', '1502**********3156', '王**', false],
      ['医师执业证书', '1101****3152', '王**', false],
      ['不动产权证书', '蒙（2021）包头市不动产权第****456号', '王**', false],
    ])
    expect(items[1]).toMatchObject({
      issuer: '包头市青山区卫生健康委员会',
      issuedOn: '2019-08-20',
      validUntil: null,
      facts: expect.arrayContaining([{ label: '执业类别', value: '临床' }]),
    })
    expect(JSON.stringify(items)).not.toContain(HOLDERS.doctor.idNumber)
  })

  test('an expired licence is marked expired (checked on the server’s today)', async () => {
    expect((await wallet(token.nurse)).map((l) => [l.name, l.validUntil, l.expired])).toEqual([
      ['居民身份证', '2024-02-10', true],
      ['护士执业证书', '2025-11-30', true],
    ])
  })

  test('a bound enterprise brings its licences; nobody else’s appear', async () => {
    const items = await wallet(token.owner)
    expect(items.map((l) => [l.name, l.holder, l.expired])).toEqual([
      ['居民身份证', '赵**', false],
      ['医师执业证书', '赵**', false],
      ['营业执照', HOLDERS.food.name, false],
      ['食品经营许可证', HOLDERS.food.name, true],
    ])
    expect(items.map((l) => l.id)).not.toContain('lic-doctor-cert')
  })

  test('the same ID number under another name opens no one’s wallet', async () => {
    expect(impostorClaim).toEqual({ status: 404, code: 'IDENTITY_NOT_FOUND' })
    expect(await wallet(token.impostor)).toEqual([])
  })

  test('every verified person holds the 居民身份证 of their 人口库 record (not one issued today), once', async () => {
    const first = await wallet(token.newcomer)
    expect(first).toEqual([
      expect.objectContaining({
        kind: 'id_card',
        holder: '刘**',
        numberMasked: '1502**********' + NEWCOMER.idNumber.slice(-4),
        issuer: '包头市公安局青山区分局',
        issuedOn: NEWCOMER.idCardIssuedOn,
        validUntil: null,
        expired: false,
        facts: [{ label: '住址', value: NEWCOMER.address }],
      }),
    ])
    expect((await wallet(token.newcomer)).map((l) => l.id)).toEqual(first.map((l) => l.id))
    const signedOut = await app.inject({ method: 'GET', url: '/api/v1/ecert/licences' })
    expect(signedOut.statusCode).toBe(401)
  })
})

describe('prefill from 实名 and licences', () => {
  test('a doctor’s form starts from the 医师执业证书', async () => {
    const { data } = await call<Prefill>(app, token.doctor, 'GET', '/api/v1/ecert/prefill')
    expect(data.values).toMatchObject({
      applicantName: '王志强',
      // The full number never goes back to the phone: shown masked, filled in by the server.
      idNumber: '1502**********3156',
      certificateNumber: '110150204003152',
      practiceCategory: '临床',
      practiceScope: '全科医学专业',
      propertyCertNumber: '蒙（2021）包头市不动产权第0023456号',
    })
    expect(data.serverFilled).toEqual(['idNumber'])
    expect(JSON.stringify(data)).not.toContain(HOLDERS.doctor.idNumber)
    expect(data.sources).toMatchObject({ applicantName: '实名信息', practiceScope: '医师执业证书' })
  })

  test('the masked 身份证号 sent back unchanged is stored whole on the case', async () => {
    const { data } = await call<Prefill>(app, token.doctor, 'GET', '/api/v1/ecert/prefill')
    const base = await withLicences(token.doctor, {})
    const body = { ...base, fields: { ...base.fields, idNumber: data.values.idNumber ?? '' } }
    const res = await call<CaseDetail>(app, token.doctor, 'POST', '/api/v1/cases', body)
    expect(res.status).toBe(201)
    const stored = await sql
      .selectFrom('cases')
      .select('fields_json')
      .where('id', '=', res.data.id)
      .executeTakeFirst()
    expect(stored?.fields_json).toContain(HOLDERS.doctor.idNumber)
    expect(stored?.fields_json).not.toContain('*')
  }, 20_000)

  test('an enterprise’s 营业执照 fills its name and code; an expired licence fills nothing', async () => {
    const owner = (await call<Prefill>(app, token.owner, 'GET', '/api/v1/ecert/prefill')).data
    expect(owner.values).toMatchObject({
      enterpriseName: HOLDERS.food.name,
      uscc: HOLDERS.food.uscc,
      legalRepresentative: '赵建华',
      certificateNumber: '110150203001788',
    })
    const nurse = (await call<Prefill>(app, token.nurse, 'GET', '/api/v1/ecert/prefill')).data
    expect(nurse.values.certificateNumber).toBeUndefined()
  })

  test('a prefill reads the user and their enterprises once, and the licences of each holder', async () => {
    const prefill = () => call<Prefill>(app, token.owner, 'GET', '/api/v1/ecert/prefill')
    await prefill()
    // The session, the user, their enterprises, then the licences: their own and the firm's.
    const statements = await statementsOf(prefill)
    if (statements !== null) expect(statements).toBe(5)
  })
})

describe('licences as case materials', () => {
  test('the holder’s valid licences stand in for uploads, shown masked on the case', async () => {
    const body = await withLicences(token.doctor, {
      idCard: 'lic-doctor-id',
      doctorCert: 'lic-doctor-cert',
    })
    const res = await call<CaseDetail>(app, token.doctor, 'POST', '/api/v1/cases', body)
    expect(res.status).toBe(201)
    expect(res.data.materials.find((m) => m.materialId === 'doctorCert')).toMatchObject({
      licence: {
        name: '医师执业证书',
        numberMasked: '1101****3152',
        issuer: '包头市青山区卫生健康委员会',
      },
      files: [],
    })
    const stored = await sql
      .selectFrom('cases')
      .select('materials_json')
      .where('id', '=', res.data.id)
      .executeTakeFirst()
    expect(stored?.materials_json).toContain('"licenceId":"lic-doctor-cert"')
  }, 20_000)

  test('a forged or someone else’s licence id is refused as not the applicant’s', async () => {
    const notYours =
      '所选电子证照不在您的证照库中（不属于您本人或您的企业），请在“我的电子证照”中核对，或改为上传材料'
    expect(await refusal(token.doctor, 'doctorCert', 'lic-forged-0001')).toBe(notYours)
    expect(await refusal(token.doctor, 'doctorCert', 'lic-owner-doctor')).toBe(notYours)
    expect(await refusal(token.impostor, 'doctorCert', 'lic-doctor-cert')).toBe(notYours)
  }, 20_000)

  test('a licence of another kind, or for a material it cannot replace, is refused', async () => {
    expect(await refusal(token.doctor, 'idCard', 'lic-doctor-cert')).toBe(
      '所选证照是医师执业证书，不能作为“居民身份证”，请选择居民身份证或上传材料',
    )
    expect(await refusal(token.doctor, 'clinicFloorPlan', 'lic-doctor-property')).toBe(
      '诊所平面布局图暂不能用电子证照代替，请拍照或选择PDF上传',
    )
  }, 20_000)

  test('an expired licence is refused on the submission day', async () => {
    expect(await refusal(token.nurse, 'nurseCert', 'lic-nurse-cert')).toBe(
      '您的护士执业证书已于2025年11月30日过期，不能作为申报材料；请先办理换证或延续，或上传有效证件',
    )
  }, 20_000)
})

describe('the server’s blur check', () => {
  test('a blurred photo among the materials is refused in words', async () => {
    const body = await withLicences(token.doctor, {})
    const blurred = await upload(app, token.doctor, '平面图.jpg', blurredJpeg(640, 860, 31))
    expect(blurred.status).toBe(201)
    const materials = body.materials.map((m) =>
      m.materialId === 'clinicFloorPlan' ? { ...m, uploadIds: [blurred.data.id] } : m,
    )
    const res = await call(app, token.doctor, 'POST', '/api/v1/cases', { ...body, materials })
    expect(res.status).toBe(422)
    expect(res.error.fields?.['material:clinicFloorPlan']).toBe(
      '“平面图.jpg”照片模糊，请在光线充足处对准材料重新拍摄',
    )
  }, 20_000)
})
