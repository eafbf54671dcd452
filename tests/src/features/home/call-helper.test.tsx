import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CallHelper, helperWaiting } from '../../../../src/features/home/components/call-helper'
import type { HelperContact } from '../../../../src/services/contract'
import { call } from '../../../../src/services/http'

jest.mock('../../../../src/services/http/client', () => ({
  ...jest.requireActual('../../../../src/services/http/client'),
  call: jest.fn(),
}))
const callMock = call as jest.MockedFunction<typeof call>

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  spans: [{ open: '09:00', close: '17:30' }],
}))
const desk: HelperContact = {
  name: '王帮办',
  desk: '帮办代办窗口',
  phone: '0472-1234567',
  hours: weekdays,
  caseNumber: null,
}

let dial: jest.SpyInstance
beforeEach(() => {
  callMock.mockReset()
  callMock.mockImplementation(() => Promise.resolve(desk) as ReturnType<typeof call>)
  dial = jest
    .spyOn(Taro, 'makePhoneCall')
    .mockImplementation(() => Promise.resolve({ errMsg: 'ok' }))
})
afterEach(() => {
  jest.useRealTimers()
  dial.mockRestore()
})

/** Beijing wall-clock times (UTC+8) on Tuesday 3 March 2026. */
const at = (utc: string) =>
  jest.useFakeTimers({ now: new Date(utc), doNotFake: ['setTimeout', 'queueMicrotask'] })

test('late in the evening the desk is closed: 12345 (24 h) is offered as a call button', async () => {
  at('2026-03-03T13:30:00.000Z') // 21:30 in Beijing
  render(<CallHelper signedIn />)
  expect(await screen.findByText(/现在没人接听/)).toBeTruthy()
  const hotline = screen.getByRole('button', { name: '拨打12345（24小时）' })
  fireEvent.click(hotline)
  expect(dial).toHaveBeenCalledWith({ phoneNumber: '12345' })
})

test('during the desk hours only the 帮办员 is offered', async () => {
  at('2026-03-03T02:00:00.000Z') // 10:00 in Beijing
  render(<CallHelper signedIn />)
  expect(await screen.findByText(/现在有人接听/)).toBeTruthy()
  expect(screen.queryByRole('button', { name: /12345/ })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: /打电话给帮办员/ }))
  expect(dial).toHaveBeenCalledWith({ phoneNumber: '0472-1234567' })
})

test('while the 帮办员 loads, the lines are held by a placeholder with room for 12345 when the hall is closed', async () => {
  let answer: (contact: HelperContact) => void = () => undefined
  callMock.mockImplementation(
    () => new Promise((resolve) => (answer = resolve)) as ReturnType<typeof call>,
  )
  at('2026-03-03T13:30:00.000Z') // 21:30 in Beijing: the 12345 block will be shown
  const { container } = render(<CallHelper signedIn />)
  const placeholder = container.querySelector('.call-helper__who[aria-hidden="true"]')
  expect(placeholder).not.toBeNull()
  expect(placeholder?.querySelector('.call-helper__hotline')).not.toBeNull()
  // The request leaves once the domain's endpoints are loaded (lazyCallerFor): a task later.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
  expect(callMock).toHaveBeenCalled()
  answer(desk)
  expect(await screen.findByText(/现在没人接听/)).toBeTruthy()
  expect(container.querySelector('[aria-hidden="true"].call-helper__who')).toBeNull()
})

test('during the hall hours the placeholder leaves no room for 12345, as the loaded card will not', () => {
  callMock.mockImplementation(() => new Promise(() => undefined) as ReturnType<typeof call>)
  at('2026-03-03T02:00:00.000Z') // 10:00 in Beijing
  const { container } = render(<CallHelper signedIn />)
  expect(container.querySelector('.call-helper__who[aria-hidden="true"]')).not.toBeNull()
  expect(container.querySelector('.call-helper__hotline')).toBeNull()
})

test('the placeholder stays from before the sign-in until the 帮办员 is known, with no gap between', () => {
  // Before the sign-in the answer is “nobody yet”; it is still shown for the render after the
  // sign-in ends, before the new request starts: that frame keeps the placeholder.
  expect(helperWaiting({ status: 'success', data: null }, true)).toBe(true)
  expect(helperWaiting({ status: 'loading' }, true)).toBe(true)
  expect(helperWaiting({ status: 'success', data: desk }, true)).toBe(false)
  // Signed out, or the sign-in failed: nobody is coming, so nothing is held.
  expect(helperWaiting({ status: 'success', data: null }, false)).toBe(false)
})
