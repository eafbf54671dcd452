import { act, render, screen } from '@testing-library/react'
import { IdentitySwitch } from '../../../../src/features/account/components/identity-switch'
import { useSession } from '../../../../src/stores/session'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../../support/page-events').taroWithPageEvents(),
)

afterEach(() => act(() => useSession.setState({ profile: null, status: 'idle' })))

test('while the launch sign-in runs, 办事身份 holds one choice of room and claims no identity', () => {
  act(() => useSession.setState({ profile: null, status: 'signing-in' }))
  const { container } = render(<IdentitySwitch />)
  expect(
    container.querySelector('.gov-choices[aria-busy="true"] .gov-choices__item'),
  ).not.toBeNull()
  expect(screen.queryByRole('radio')).toBeNull()
  expect(screen.queryByText(/个人/)).toBeNull()
})

test('signed out (not signing in), there is nothing to choose and nothing shown', () => {
  const { container } = render(<IdentitySwitch />)
  expect(container).toBeEmptyDOMElement()
})
