import {
  idNumberCheckChar,
  inspectCase,
  MAX_UPLOAD_BYTES,
  type InspectedFile,
  type InspectedForm,
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
  mime: 'image/jpeg',
  size: 2_000_000,
  sha256: 'a',
  width: 3000,
  height: 4000,
  ...over,
})

function run(
  fields: Record<string, string>,
  materials: { materialId: string; uploadIds: string[]; ecert: boolean }[],
  files: Record<string, InspectedFile> = {},
) {
  return inspectCase(form, { fields, materials }, (id) => files[id], TODAY)
}

describe('材料体检', () => {
  test('everything present and valid scores 100; optional blanks are not counted', () => {
    const result = run(
      { applicantName: '王丽', idNumber: ID },
      [
        { materialId: 'idCard', uploadIds: [], ecert: true },
        { materialId: 'plan', uploadIds: ['p'], ecert: false },
      ],
      { p: file() },
    )
    expect(result).toEqual({ score: 100, issues: [], ready: true })
  })

  test('says what is wrong with each field and material, and blocks submission', () => {
    const result = run({ applicantName: ' ', idNumber: WRONG_ID }, [
      { materialId: 'plan', uploadIds: [], ecert: true },
    ])
    expect(result.ready).toBe(false)
    expect(result.issues.map((i) => [i.target, i.message])).toEqual([
      ['field:applicantName', '请填写申请人姓名'],
      ['field:idNumber', expect.stringMatching(/校验码/)],
      ['material:idCard', '请上传居民身份证，或选择调用电子证照'],
      ['material:plan', '平面布局图暂不支持调用电子证照，请上传照片或PDF'],
    ])
    expect(result.score).toBe(0)
  })

  test('a small photo or one file used twice is a warning worth half a point', () => {
    const result = run(
      { applicantName: '王丽', idNumber: ID },
      [
        { materialId: 'idCard', uploadIds: ['small'], ecert: false },
        { materialId: 'plan', uploadIds: ['twin'], ecert: false },
      ],
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
      [
        { materialId: 'idCard', uploadIds: ['gone'], ecert: false },
        { materialId: 'plan', uploadIds: ['huge'], ecert: false },
        { materialId: 'license', uploadIds: ['pdf'], ecert: false },
      ],
      {
        huge: file({ size: MAX_UPLOAD_BYTES + 1 }),
        pdf: file({ mime: 'application/pdf', width: null, height: null, sha256: 'p' }),
      },
    )
    expect(result.issues.map((i) => i.message)).toEqual([
      '有文件已失效，请删除后重新上传',
      '文件超过10MB，请压缩或分页后重新上传',
    ])
  })
})
