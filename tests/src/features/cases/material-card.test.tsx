import { render, screen } from '@testing-library/react'
import { MaterialCard } from '../../../../src/features/cases/components/material-card'
import { BLUR_THRESHOLD, type Upload } from '../../../../src/services/contract'

const upload = (name: string, sharpness: number): Upload => ({
  id: name,
  name,
  mime: 'image/jpeg',
  size: 52_000,
  sha256: name,
  width: 720,
  height: 960,
  sharpness,
  createdAt: '2026-03-02T01:00:00.000Z',
})

test('a blurred photo is marked ✗ beside its name, never ✓ above the ✗ that refuses it', () => {
  render(
    <MaterialCard
      entry={{
        material: {
          id: 'photo',
          name: '近期免冠证件照片',
          form: '原件',
          copies: 1,
          required: true,
          ecertAccepted: false,
          sample: null,
          note: null,
        },
        forItems: ['诊所备案'],
      }}
      draft={{
        licenceId: null,
        files: [
          upload('证件照.jpg', 4 * BLUR_THRESHOLD),
          upload('重拍前.jpg', BLUR_THRESHOLD / 10),
        ],
      }}
      issue={{
        target: 'material:photo',
        label: '近期免冠证件照片',
        severity: 'block',
        message: '“重拍前.jpg”照片模糊，请在光线充足处对准材料重新拍摄',
      }}
      shared={false}
      licences={[]}
      onChange={jest.fn()}
    />,
  )
  expect(screen.getByText(/证件照\.jpg（/)).toHaveTextContent(/^✓ 证件照\.jpg/)
  expect(screen.getByText(/重拍前\.jpg（/)).toHaveTextContent(/^✗ 重拍前\.jpg/)
})
