import { mergeMembers } from '../../../mock/modules/catalog/bundle-merge'
import type { Material } from '../../../src/services/contract'

const material = (id: string, overrides: Partial<Material> = {}): Material => ({
  id,
  name: id,
  form: '原件',
  copies: 1,
  required: true,
  ecertAccepted: false,
  sample: null,
  note: null,
  ...overrides,
})

test('a material or field needed by several members is asked once and lists who needs it', () => {
  const merged = mergeMembers([
    {
      name: '医师执业地点变更',
      materials: [material('id-card'), material('doctor-cert')],
      fields: [
        { key: 'applicantName', label: '申请人' },
        { key: 'clinicName', label: '诊所名称' },
      ],
    },
    {
      name: '护士变更注册',
      materials: [material('id-card'), material('nurse-cert')],
      fields: [{ key: 'applicantName', label: '申请人' }],
    },
    {
      name: '诊所备案',
      materials: [material('id-card', { copies: 2 }), material('floor-plan', { required: false })],
      fields: [{ key: 'clinicName', label: '诊所名称' }],
    },
  ])
  expect(merged.materials.map((m) => m.material.id)).toEqual([
    'id-card',
    'doctor-cert',
    'nurse-cert',
    'floor-plan',
  ])
  expect(merged.materials[0]).toMatchObject({
    material: { copies: 2, required: true },
    forItems: ['医师执业地点变更', '护士变更注册', '诊所备案'],
  })
  expect(merged.fields).toEqual([
    { key: 'applicantName', label: '申请人', forItems: ['医师执业地点变更', '护士变更注册'] },
    { key: 'clinicName', label: '诊所名称', forItems: ['医师执业地点变更', '诊所备案'] },
  ])
})

test('a material optional for one member but required by another is required', () => {
  const merged = mergeMembers([
    { name: 'A', materials: [material('lease', { required: false })], fields: [] },
    { name: 'B', materials: [material('lease')], fields: [] },
  ])
  expect(merged.materials[0]?.material.required).toBe(true)
})
