import { act, fireEvent, render, screen } from '@testing-library/react'
import { ReadAloud } from '../../../src/components/read-aloud'
import { PageShell } from '../../../src/components/page-shell'
import { usePreferences } from '../../../src/stores/preferences'

jest.mock('@tarojs/taro', () =>
  jest.requireActual('../../support/page-events').taroWithPageEvents(),
)
/** The H5 voice (speech.h5.ts), which jest would not pick over speech.ts on its own. */
jest.mock('../../../src/platform/speech', () =>
  jest.requireActual('../../../src/platform/speech.h5'),
)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { START_WAIT_MS, VOICE_WAIT_MS } = require('../../../src/platform/speech.h5') as {
  START_WAIT_MS: number
  VOICE_WAIT_MS: number
}

interface FakeSynth {
  voices: { lang: string }[]
  spoken: string[]
}
/** A browser that has the speech API; with `voices: []` it is Chromium without any voice installed. */
function installSynth(synth: FakeSynth) {
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => synth.voices,
      speak: (u: { text: string }) => synth.spoken.push(u.text),
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    },
  })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: class {
      constructor(public text: string) {}
    },
  })
}

beforeEach(() => {
  jest.useFakeTimers()
  localStorage.clear()
  usePreferences.setState({ elderChoice: 'on' })
})
afterEach(() => {
  jest.useRealTimers()
  Reflect.deleteProperty(window, 'speechSynthesis')
})

const NO_VOICE = /本机不支持朗读/

test('a browser with the speech API but no voice says so instead of going quiet', async () => {
  const synth = { voices: [], spoken: [] }
  installSynth(synth)
  render(
    <PageShell>
      <ReadAloud text='签到码：K 7 Q 2。' />
    </PageShell>,
  )
  fireEvent.click(screen.getByRole('button', { name: '朗读' }))
  await act(async () => void jest.advanceTimersByTime(VOICE_WAIT_MS))
  expect(screen.getByText(NO_VOICE)).toBeTruthy()
  expect(screen.getByRole('button', { name: '朗读' })).toBeTruthy()
  expect(synth.spoken).toEqual([])
})

test('only voices of other languages: no Chinese voice is the same as none', async () => {
  const synth = { voices: [{ lang: 'en-US' }], spoken: [] as string[] }
  installSynth(synth)
  render(
    <PageShell>
      <ReadAloud text='签到码：K 7 Q 2。' />
    </PageShell>,
  )
  fireEvent.click(screen.getByRole('button', { name: '朗读' }))
  await act(async () => void jest.advanceTimersByTime(0))
  expect(screen.getByText(NO_VOICE)).toBeTruthy()
  expect(synth.spoken).toEqual([])
})

test('a voice that never starts is reported the same way', async () => {
  const synth = { voices: [{ lang: 'zh-CN' }], spoken: [] as string[] }
  installSynth(synth)
  render(
    <PageShell>
      <ReadAloud text='签到码：K 7 Q 2。' />
    </PageShell>,
  )
  fireEvent.click(screen.getByRole('button', { name: '朗读' }))
  await act(async () => void jest.advanceTimersByTime(0))
  expect(synth.spoken).toEqual(['签到码：K 7 Q 2。'])
  expect(screen.getByRole('button', { name: '停止朗读' })).toBeTruthy()
  await act(async () => void jest.advanceTimersByTime(START_WAIT_MS))
  expect(screen.getByText(NO_VOICE)).toBeTruthy()
})

test('长辈模式 on a phone that cannot speak at all: the note is there from the start', () => {
  render(
    <PageShell>
      <ReadAloud text='签到码：K 7 Q 2。' />
    </PageShell>,
  )
  expect(screen.getByText(NO_VOICE)).toBeTruthy()
  expect(screen.queryByRole('button', { name: '朗读' })).toBeNull()
})

test('normal mode on a phone that cannot speak shows nothing', () => {
  usePreferences.setState({ elderChoice: 'off' })
  render(
    <PageShell>
      <ReadAloud text='签到码：K 7 Q 2。' />
    </PageShell>,
  )
  expect(screen.queryByText(NO_VOICE)).toBeNull()
})
