import {
  idNumberCheckChar,
  inspectCase,
  MAX_UPLOAD_BYTES,
  BLUR_THRESHOLD,
  type InspectedFile,
  type InspectedForm,
  type InspectedLicence,
} from '../../../../src/services/contract'

const TODAY = new Date('2026-03-02T09:00:00+08:00')
const ID_BODY = '15020419900307123'
const ID = ID_BODY + idNumberCheckChar(ID_BODY)
const WRONG_ID = ID_BODY + (idNumberCheckChar(ID_BODY) === '1' ? '2' : '1')

const form: InspectedForm = {
  fields: [
    { key: 'applicantName', label: '申请人姓名', rule: 'text' },
    { key: 'idNumber', label: '公民身份号码', rule: 'id_number' },
    { key: 'agentName', label: '代理人姓名', rule: 'text' },
  ],
  materials: [
    { material: { id: 'idCard', name: '居民身份证', required: true, ecertAccepted: true } },
    { material: { id: 'plan', name: '平面布局图', required: true, ecertAccepted: false } },
    { material: { id: 'license', name: '营业执照', required: false, ecertAccepted: true } },
  ],
}

const file = (over: Partial<InspectedFile> = {}): InspectedFile => ({
  name: 'a.jpg',
  mime: 'image/jpeg',
  size: 2_000_000,
  sha256: 'a',
  width: 3000,
  height: 4000,
  sharpness: 20 * BLUR_THRESHOLD,
  ...over,
})

const LICENCES: Record<string, InspectedLicence> = {
  myId: { kind: 'id_card', validUntil: '2036-05-20' },
  lastDay: { kind: 'id_card', validUntil: '2026-03-02' },
  oldId: { kind: 'id_card', validUntil: '2026-03-01' },
  nurse: { kind: 'nurse_cert', validUntil: null },
}

type Provided = { materialId: string; uploadIds: string[]; licenceId: string | null }
const given = (materialId: string, uploadIds: string[] = [], licenceId: string | null = null) => ({
  materialId,
  uploadIds,
  licenceId,
})

function run(
  fields: Record<string, string>,
  materials: Provided[],
  files: Record<string, InspectedFile> = {},
) {
  return inspectCase(
    form,
    { fields, materials },
    { fileOf: (id) => files[id], licenceOf: (id) => LICENCES[id] },
    TODAY,
  )
}

describe('材料体检', () => {
  test('everything present and valid scores 100; optional blanks are not counted', () => {
    const result = run(
      { applicantName: '王丽', idNumber: ID },
      [given('idCard', [], 'myId'), given('plan', ['p'])],
      { p: file() },
    )
    expect(result).toEqual({ score: 100, issues: [], ready: true })
  })

  test('says what is wrong with each field and material, and blocks submission', () => {
    const result = run({ applicantName: ' ', idNumber: WRONG_ID }, [given('plan', [], 'myId')])
    expect(result.ready).toBe(false)
    expect(result.issues.map((i) => [i.target, i.message])).toEqual([
      ['field:applicantName', '请填写申请人姓名'],
      ['field:idNumber', expect.stringMatching(/校验码/)],
      ['material:idCard', '请上传居民身份证，或选择调用电子证照'],
      ['material:plan', '平面布局图暂不能用电子证照代替，请拍照或选择PDF上传'],
    ])
    expect(result.score).toBe(0)
  })

  test('a small photo or one file used twice is a warning worth half a point', () => {
    const result = run(
      { applicantName: '王丽', idNumber: ID },
      [given('idCard', ['small']), given('plan', ['twin'])],
      { small: file({ width: 480, height: 640, sha256: 'x' }), twin: file({ sha256: 'x' }) },
    )
    expect(result.ready).toBe(true)
    expect(result.issues.map((i) => [i.severity, i.message])).toEqual([
      ['warn', '照片分辨率过低，可能看不清，建议在光线充足处对准后重拍'],
      ['warn', '与“居民身份证”上传的是同一个文件，请核对是否传错'],
    ])
    expect(result.score).toBe(75)
  })

  test('unknown or oversized files block; an optional material with a file is checked too', () => {
    const result = run(
      { applicantName: '王丽', idNumber: ID },
      [given('idCard', ['gone']), given('plan', ['huge']), given('license', ['pdf'])],
      {
        huge: file({ size: MAX_UPLOAD_BYTES + 1 }),
        pdf: file({
          mime: 'application/pdf',
          width: null,
          height: null,
          sharpness: null,
          sha256: 'p',
        }),
      },
    )
    expect(result.issues.map((i) => i.message)).toEqual([
      '有文件已失效，请删除后重新上传',
      '文件超过10MB，请压缩或分页后重新上传',
    ])
  })

  test('a blurred photo blocks, named, and costs its point', () => {
    const result = run(
      { applicantName: '王丽', idNumber: ID },
      [given('idCard', ['sharp', 'soft']), given('plan', ['p'])],
      {
        sharp: file({ sha256: 's' }),
        soft: file({ name: '身份证反面.jpg', sharpness: BLUR_THRESHOLD - 1, sha256: 'b' }),
        p: file(),
      },
    )
    expect(result.ready).toBe(false)
    expect(result.issues).toEqual([
      {
        target: 'material:idCard',
        label: '居民身份证',
        severity: 'block',
        message: '“身份证反面.jpg”照片模糊，请在光线充足处对准材料重新拍摄',
      },
    ])
    expect(result.score).toBe(75)
  })

  test('电子证照: only the applicant’s own, of the kind asked for, valid through today', () => {
    const messageFor = (licenceId: string) =>
      run({ applicantName: '王丽', idNumber: ID }, [
        given('idCard', [], licenceId),
        given('plan', ['p']),
      ]).issues.find((i) => i.target === 'material:idCard')?.message
    expect(messageFor('myId')).toBeUndefined()
    expect(messageFor('lastDay')).toBeUndefined()
    expect(messageFor('oldId')).toBe(
      '您的居民身份证已于2026年3月1日过期，不能作为申报材料；请先办理换证或延续，或上传有效证件',
    )
    expect(messageFor('nurse')).toBe(
      '所选证照是护士执业证书，不能作为“居民身份证”，请选择居民身份证或上传材料',
    )
    expect(messageFor('someone-elses')).toBe(
      '所选电子证照不在您的证照库中（不属于您本人或您的企业），请在“我的电子证照”中核对，或改为上传材料',
    )
  })
})
