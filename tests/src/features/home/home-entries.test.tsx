import { render, screen } from '@testing-library/react'
import { HomeEntries } from '../../../../src/features/home/components/home-entries'
import { HOME_ENTRIES } from '../../../../src/features/home/entries'
import { asciiBase64, iconDataUri, iconSvg } from '../../../../src/components/icon/svg'

// Symbols a phone draws only if its fonts have them (one already showed as a box).
const FONT_GLYPHS = /[☰◷▣✎⌂♥★☆☺⚙◎⚖¥￥⚗⇄▶☎■]/u

test('every home tile draws a shipped SVG icon and keeps its text label, with no font glyph', () => {
  const { container } = render(<HomeEntries entries={HOME_ENTRIES} />)
  for (const entry of HOME_ENTRIES) {
    const tile = screen.getByRole('button', { name: new RegExp(entry.title) })
    expect(tile).toHaveTextContent(entry.title)
    expect(tile.textContent).not.toMatch(FONT_GLYPHS)
    const icon = tile.querySelector('[data-icon]')
    expect(icon?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
  }
  expect(container.textContent).not.toMatch(FONT_GLYPHS)
})

test('an icon is a standalone SVG in one token colour, which the H5 CSP (img-src data:) allows', () => {
  const svg = iconSvg('calendar', 'primary')
  expect(svg).toMatch(
    /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="16" height="16" viewBox="0 0 16 16" fill="#0b57d0">/,
  )
  expect(svg).not.toMatch(/currentColor|style=|<script/)
  const uri = iconDataUri('calendar', 'primary')
  expect(Buffer.from(uri.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toBe(svg)
  for (const sample of ['a', 'ab', 'abc', 'abcd']) {
    expect(asciiBase64(sample)).toBe(Buffer.from(sample).toString('base64'))
  }
})
