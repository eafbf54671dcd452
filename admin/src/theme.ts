import type { ThemeConfig } from 'antd'

/**
 * antd's defaults, darkened where they fall below WCAG AA contrast (4.5:1) on white or on their
 * tag's tinted background: secondary and placeholder text (0.45 / 0.25 black), danger buttons
 * (#ff4d4f) and the green, orange and gold tags (their “-7” text shades).
 */
export const CONSOLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0b57d0',
    colorError: '#c62828',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    // Both spellings: with CSS variables, `green7` and `green-7` are the same --ant-green-7.
    green7: '#237804',
    'green-7': '#237804',
    orange7: '#ad4e00',
    'orange-7': '#ad4e00',
    gold7: '#874d00',
    'gold-7': '#874d00',
  },
}
