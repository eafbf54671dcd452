import { render, screen } from '@testing-library/react'
import { StaffDesks } from '../../../../src/features/account/components/staff-desks'
import type { Profile } from '../../../../src/services/contract'
import { useSession } from '../../../../src/stores/session'

const resident: Profile = {
  id: 'user-0001',
  nickname: '青山用户0001',
  roles: [],
  realName: null,
  realNameMovedAt: null,
  enterprises: [],
  activeEnterpriseId: null,
  contact: { nameMasked: null, phoneMasked: null },
}

const signedInAs = (profile: Profile) => useSession.setState({ profile })

beforeEach(() => {
  useSession.setState(useSession.getInitialState())
})

test('window staff see only the check-in desk, named for their own point', () => {
  signedInAs({
    ...resident,
    roles: [{ kind: 'window', scopeId: 'sp-qs-center', scopeName: '青山区政务服务中心' }],
  })
  render(<StaffDesks />)
  expect(screen.getByText('窗口签到')).toBeTruthy()
  expect(screen.getByText('青山区政务服务中心：核验预约码、取号')).toBeTruthy()
  for (const other of ['帮办工作台', '律师工作台', '银行工作台', '检测机构工作台']) {
    expect(screen.queryByText(other)).toBeNull()
  }
})

test('a resident sees no desk, and so does a profile saved before roles existed', () => {
  signedInAs(resident)
  const { container, unmount } = render(<StaffDesks />)
  expect(container.textContent).toBe('')
  unmount()
  const { roles: _dropped, ...stale } = resident
  useSession.setState({ profile: stale as Profile })
  expect(render(<StaffDesks />).container.textContent).toBe('')
})
