import type {
  CaseDetail,
  CaseForm,
  CaseSummary,
  Licence,
  Upload,
} from '../../../../src/services/contract'
import {
  clockText,
  correctionDueText,
  deskScopes,
  inspectDraft,
  licenceHint,
  licencesFor,
  prefillPatch,
  correctionForm,
  fieldKey,
  initialDraft,
  materialKey,
  precheckFile,
  readMaterial,
  toApplication,
  writeMaterial,
} from '../../../../src/features/cases/model'

// Dates leave out the year only in the current year: pin “now” to 2026.
beforeAll(() => jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00+08:00') }))
afterAll(() => jest.useRealTimers())

const material = (id: string, name: string, required: boolean) => ({
  material: {
    id,
    name,
    form: '原件' as const,
    copies: 1,
    required,
    ecertAccepted: true,
    sample: null,
    note: null,
  },
  forItems: ['诊所备案'],
})

const form: CaseForm = {
  source: { kind: 'item', id: 'health-clinic-filing' },
  title: '诊所备案',
  items: [{ id: 'health-clinic-filing', name: '诊所备案' }],
  fields: [
    { key: 'applicantName', label: '申请人姓名', rule: 'text', forItems: ['诊所备案'] },
    { key: 'phone', label: '联系电话', rule: 'mobile', forItems: ['诊所备案'] },
  ],
  materials: [material('idCard', '居民身份证', true), material('license', '营业执照', false)],
  promisedDays: 1,
}

const upload: Upload = {
  id: 'u1',
  name: 'a.jpg',
  mime: 'image/jpeg',
  size: 1,
  sha256: 'x',
  width: 1000,
  height: 1000,
  sharpness: 5000,
  createdAt: '2026-03-02T01:00:00.000Z',
}

describe('drafts', () => {
  test('a draft round-trips to the application the server expects', () => {
    const values = {
      ...initialDraft(form),
      [fieldKey('applicantName')]: '王丽',
      [materialKey('idCard')]: writeMaterial({ licenceId: null, files: [upload] }),
      [materialKey('license')]: writeMaterial({ licenceId: 'lic-1', files: [upload] }),
    }
    expect(toApplication(form, values)).toEqual({
      fields: { applicantName: '王丽', phone: '' },
      materials: [
        { materialId: 'idCard', uploadIds: ['u1'], licenceId: null },
        { materialId: 'license', uploadIds: [], licenceId: 'lic-1' },
      ],
    })
  })

  test('a damaged stored material reads as nothing uploaded', () => {
    expect(readMaterial({ [materialKey('idCard')]: '{oops' }, 'idCard')).toEqual({
      licenceId: null,
      files: [],
    })
  })

  test('files the server would refuse are refused before uploading', () => {
    expect(precheckFile({ name: 'scan.pdf', size: 11 * 1024 * 1024 })).toBe(
      '“scan.pdf”超过10MB，请压缩或分页后重新上传',
    )
    expect(precheckFile({ name: 'setup.exe', size: 10 })).toBe(
      '“setup.exe”不是照片或PDF，只能上传 JPG、PNG 或 PDF',
    )
    expect(precheckFile({ name: 'tmp_abc', size: 10 })).toBeNull()
  })
})

test('the 补正 form keeps only the listed targets and makes listed materials required', () => {
  const detail = {
    corrections: [{ target: 'material:license', reason: '过期', label: '营业执照' }],
  } as Pick<CaseDetail, 'corrections'>
  const fixed = correctionForm(form, detail as CaseDetail)
  expect(fixed.fields).toEqual([])
  expect(fixed.materials.map((m) => [m.material.id, m.material.required])).toEqual([
    ['license', true],
  ])
})

describe('the 承诺时限 clock in words', () => {
  const base: Pick<CaseSummary, 'status' | 'promisedDays' | 'clock'> = {
    status: 'submitted',
    promisedDays: 1,
    clock: { state: 'waiting', deadline: null, workingDaysLeft: null, overdue: false },
  }
  const running = (left: number, overdue = false) => ({
    ...base,
    status: 'accepted' as const,
    clock: {
      state: 'running' as const,
      deadline: '2026-03-03T16:00:00.000Z',
      workingDaysLeft: left,
      overdue,
    },
  })

  test('before 受理 it says how long once accepted', () => {
    expect(clockText(base)).toEqual({
      text: '受理后1个工作日内办结（受理次日起算）',
      tone: 'info',
    })
    expect(clockText({ ...base, promisedDays: 0, status: 'correction' })).toEqual({
      text: '补正后重新受理，受理当日办结',
      tone: 'warning',
    })
  })

  test('while running it counts down, and says overdue in words', () => {
    expect(clockText(running(3)).text).toBe('剩余3个工作日（不含今天），最迟3月3日 周二办结')
    expect(clockText(running(0)).text).toBe('今天是办结期限（3月3日 周二），今天内办结')
    expect(clockText(running(1)).tone).toBe('warning')
    expect(clockText(running(-2, true))).toEqual({
      text: '已超期2个工作日（最迟应在3月3日 周二办结）',
      tone: 'danger',
    })
  })

  test('once stopped it says whether it was on time', () => {
    const stopped = {
      ...running(0),
      status: 'finished' as const,
      clock: { ...running(0).clock, state: 'stopped' as const },
    }
    expect(clockText(stopped).text).toBe('按时办结（最迟3月3日 周二）')
    expect(clockText({ ...stopped, clock: { ...stopped.clock, overdue: true } }).text).toBe(
      '超期办结（最迟应在3月3日 周二办结）',
    )
  })
})

const licence = (over: Partial<Licence> & Pick<Licence, 'id' | 'kind' | 'name'>): Licence => ({
  holderKind: 'person',
  holder: '王**',
  numberMasked: '1502**********3156',
  issuer: '包头市公安局青山区分局',
  issuedOn: '2016-05-20',
  validUntil: null,
  expired: false,
  facts: [],
  ...over,
})
const NOW = new Date('2026-03-02T09:00:00+08:00')

describe('电子证照 in the form', () => {
  test('prefill fills only empty fields, never what the user typed', () => {
    const values = { ...initialDraft(form), [fieldKey('phone')]: '13900001111' }
    const prefill = {
      values: { applicantName: '王志强', phone: '13812345678', uscc: '91150204MA0Q8K7D2N' },
      sources: {},
      serverFilled: [],
    }
    expect(prefillPatch(form, values, prefill)).toEqual({ [fieldKey('applicantName')]: '王志强' })
  })

  test('a licence’s wording outside a choice field’s answers is not prefilled', () => {
    const typed: CaseForm = {
      ...form,
      fields: [
        {
          key: 'enterpriseType',
          label: '主体类型',
          rule: 'choice',
          choices: ['有限责任公司（自然人投资或控股）'],
          forItems: [],
        },
      ],
    }
    const prefill = (enterpriseType: string) => ({
      values: { enterpriseType },
      sources: {},
      serverFilled: [],
    })
    expect(prefillPatch(typed, initialDraft(typed), prefill('个体工商户'))).toEqual({})
    expect(
      prefillPatch(typed, initialDraft(typed), prefill('有限责任公司（自然人投资或控股）')),
    ).toEqual({ [fieldKey('enterpriseType')]: '有限责任公司（自然人投资或控股）' })
  })

  test('a material is offered the licences of its kind; the check refuses an expired one', () => {
    const wallet = [
      licence({
        id: 'id-old',
        kind: 'id_card',
        name: '居民身份证',
        validUntil: '2024-02-10',
        expired: true,
      }),
      licence({ id: 'doc', kind: 'doctor_cert', name: '医师执业证书' }),
    ]
    expect(licencesFor('idCard', wallet).map((l) => l.id)).toEqual(['id-old'])
    expect(licencesFor('license', wallet)).toEqual([])
    const idCard = form.materials[0]?.material
    if (!idCard) throw new Error('no 居民身份证 in the form')
    expect(licenceHint(idCard, licencesFor('idCard', wallet), NOW)).toBe(
      '您的居民身份证已于2024年2月10日过期，不能作为申报材料；请先办理换证或延续，或上传有效证件',
    )
    expect(licenceHint(idCard, [], NOW)).toBe(
      '“我的电子证照”中没有您的居民身份证，请点“拍照或选照片”或“选择PDF文件”上传',
    )
    const values = {
      ...initialDraft(form),
      [materialKey('idCard')]: writeMaterial({ licenceId: 'id-old', files: [] }),
    }
    expect(
      inspectDraft(form, values, wallet, NOW).issues.find((i) => i.target === 'material:idCard')
        ?.message,
    ).toMatch(/已于2024年2月10日过期/)
  })
})

test('the 补正 deadline reads as its last day and the working days left, warning near the end', () => {
  const now = new Date('2026-03-02T10:00:00+08:00')
  expect(correctionDueText({ lastDay: '2026-03-09', workingDaysLeft: 5 }, now)).toEqual({
    text: '请在3月9日 周一前提交补正，剩余5个工作日（不含今天）',
    tone: 'info',
  })
  expect(correctionDueText({ lastDay: '2026-03-09', workingDaysLeft: 2 }, now).tone).toBe('warning')
  expect(correctionDueText({ lastDay: '2026-03-09', workingDaysLeft: 0 }, now).text).toBe(
    '今天（3月9日 周一）是补正最后一天，请今天内提交',
  )
  expect(correctionDueText({ lastDay: '2026-03-09', workingDaysLeft: -1 }, now)).toEqual({
    text: '补正期限（3月9日 周一）已过，请联系帮办员',
    tone: 'danger',
  })
})

describe('the 帮办工作台 offers what the staff member can do', () => {
  const role = (kind: 'helper' | 'admin' | 'lawyer') => ({ kind, scopeId: null, scopeName: null })
  test('a 帮办员 gets cases and complaints; an administrator alone only complaints', () => {
    expect(deskScopes([role('helper')])).toEqual(['open', 'closed', 'complaints'])
    expect(deskScopes([role('helper'), role('admin')])).toEqual(['open', 'closed', 'complaints'])
    expect(deskScopes([role('admin')])).toEqual(['complaints'])
  })
  test('anyone else sees the desk as it is (the server tells them it is for staff)', () => {
    expect(deskScopes(undefined)).toEqual(['open', 'closed', 'complaints'])
    expect(deskScopes([role('lawyer')])).toEqual(['open', 'closed', 'complaints'])
  })
})
