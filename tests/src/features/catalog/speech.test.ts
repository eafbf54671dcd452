import type { Guide, Material } from '../../../../src/services/contract'
import { guideSpeech } from '../../../../src/features/catalog/speech'

const material = (name: string): Material => ({
  id: name,
  name,
  form: '原件',
  copies: 1,
  required: true,
  ecertAccepted: false,
  sample: null,
  note: null,
})

const guide: Guide = {
  item: {
    id: 'market-llc-setup',
    code: '11150204MB1234567X440104001000',
    name: '有限责任公司设立登记',
    type: 'application',
    category: '行政许可',
    department: '青山区市场监督管理局',
    audiences: ['enterprise'],
    scenes: ['企业开办'],
    scopes: [],
    promisedDays: 1,
    visits: 0,
    online: true,
    sample: false,
  },
  conditions: ['有符合公司章程规定的全体股东认缴的出资额'],
  materials: [material('公司登记（备案）申请书'), material('公司章程')],
  steps: [],
  legalDays: 15,
  fee: '不收费',
  places: [
    {
      pointId: 'sp-qs-center',
      name: '青山区政务服务中心',
      address: '包头市青山区青山路与文化路交汇处东北角',
      window: '企业开办专区 1-6号窗口',
    },
  ],
  basis: [],
  faqs: [],
  consultPhone: '0472-3360123',
  complaint: '12345',
  bundles: [],
  favorite: false,
}

test('朗读 of a 办事指南 says the name, time, conditions, materials, place and phone, in that order', () => {
  const said = guideSpeech(guide)
  const order = [
    '有限责任公司设立登记。',
    '承诺时限：1个工作日（受理次日起算）；零跑动（全程网办）；收费：不收费。',
    '申请条件：有符合公司章程规定的全体股东认缴的出资额。',
    '要带的材料共2项：公司登记（备案）申请书、公司章程。',
    '办理地点：青山区政务服务中心，包头市青山区青山路与文化路交汇处东北角，企业开办专区 1-6号窗口。',
    '咨询电话：0 4 7 2 3 3 6 0 1 2 3。',
  ]
  expect(said).toBe(order.join(''))
})

test('a guide without conditions or places skips those sentences', () => {
  const said = guideSpeech({ ...guide, conditions: [], places: [] })
  expect(said).not.toContain('申请条件')
  expect(said).not.toContain('办理地点')
})

test('朗读 reads the 办理流程 too, step by step, before the place', () => {
  const said = guideSpeech({
    ...guide,
    steps: [
      { title: '申请', detail: '在网上提交材料' },
      { title: '领取', detail: '' },
    ],
  })
  expect(said).toContain('办理流程共2步：第1步，申请，在网上提交材料；第2步，领取。')
  expect(said.indexOf('办理流程')).toBeLessThan(said.indexOf('办理地点'))
})
