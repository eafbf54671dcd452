import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { CallHelper } from '../../../../src/features/home/components/call-helper'
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
