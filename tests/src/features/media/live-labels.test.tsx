import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { LiveSession } from '../../../../src/services/contract'
import { LiveCard } from '../../../../src/features/media/components/live-card'
import { LiveDetail } from '../../../../src/features/media/components/live-detail'

const onAir = (recorded: boolean): LiveSession => ({
  id: 'live-medical-remote',
  title: '医保直播间',
  topic: '异地就医备案',
  hostDepartment: '青山区医疗保障局',
  startsAt: '2026-03-02T01:00:00.000Z',
  endsAt: '2026-03-02T02:00:00.000Z',
  status: 'live',
  subscribed: false,
  subscriberCount: 0,
  feed: { src: '/api/v1/media/files/steps-3.mp4', offsetSec: 12, recorded },
  replayVideoId: null,
  posterUrl: '/api/v1/media/files/steps-3.jpg',
})
const replay: LiveSession = {
  ...onAir(true),
  status: 'finished',
  feed: null,
  replayVideoId: 'v-replay-medical-remote',
}

test('a recorded clip in the live slot, or a replay, is never called 正在直播', () => {
  render(<LiveCard session={onAir(true)} />)
  render(<LiveDetail session={onAir(true)} />)
  render(<LiveCard session={replay} />)
  expect(screen.queryByText(/正在直播/)).toBeNull()
  expect(screen.getAllByText('● 录播中（事先录制的讲解）')).toHaveLength(2)
  expect(screen.getByRole('button', { name: '观看录播：医保直播间' })).toBeTruthy()
  expect(screen.getByText(/不能现场提问/)).toBeTruthy()
  expect(screen.queryByText(/想提问/)).toBeNull()
})

test('a room that is really live says so and how to ask a question', () => {
  render(<LiveDetail session={onAir(false)} />)
  expect(screen.getByText('● 正在直播')).toBeTruthy()
  expect(screen.getByText(/想提问：.*拨打 12345/)).toBeTruthy()
})

test('a room that is really live says where to ask (no comment box: 12345) and dials it', () => {
  const dial = jest
    .spyOn(Taro, 'makePhoneCall')
    .mockImplementation(() => Promise.resolve({ errMsg: 'makePhoneCall:ok' }))
  render(<LiveDetail session={onAir(false)} />)
  const ask = screen.getByLabelText('怎么提问')
  expect(ask.textContent).toContain('本直播间没有评论区')
  expect(ask.textContent).toContain('医保直播间')
  expect(ask.textContent).toContain('青山区医疗保障局')
  fireEvent.click(screen.getByRole('button', { name: '拨打12345提问' }))
  expect(dial).toHaveBeenCalledWith({ phoneNumber: '12345' })
  dial.mockRestore()
})
