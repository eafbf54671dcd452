import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ElderToggle } from '../../../src/features/settings/components/elder-toggle'
import { PageShell } from '../../../src/components/page-shell'
import { usePreferences } from '../../../src/stores/preferences'

beforeEach(() => {
  localStorage.clear()
  usePreferences.setState(usePreferences.getInitialState())
})

test('tapping the home switch turns 长辈模式 on for the page and stores the choice', () => {
  const { container } = render(
    <PageShell>
      <ElderToggle />
    </PageShell>,
  )
  const toggle = screen.getByRole('switch', { name: '长辈模式' })
  expect(toggle).toHaveAttribute('aria-checked', 'false')
  expect(toggle).toHaveTextContent('已关闭')

  fireEvent.click(toggle)

  expect(toggle).toHaveAttribute('aria-checked', 'true')
  expect(toggle).toHaveTextContent('已开启')
  expect(container.querySelector('.gov-page')).toHaveClass('gov-elder')
  const stored = JSON.parse(String(Taro.getStorageSync('gov.preferences'))) as {
    state: { elderChoice: string }
  }
  expect(stored.state.elderChoice).toBe('on')
})
