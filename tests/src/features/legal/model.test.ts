import type { LegalTopic, Limitation } from '../../../../src/services/contract'
import {
  answersToSend,
  limitationHeadline,
  missingAnswers,
  shortTime,
  statusLine,
  visibleQuestions,
} from '../../../../src/features/legal/model'

// Dates leave out the year only in the current year: pin “now” to 2026.
beforeAll(() => jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00+08:00') }))
afterAll(() => jest.useRealTimers())

const topic: LegalTopic = {
  id: 'labor',
  name: '劳务争议/欠薪',
  description: '',
  questions: [
    { id: 'employed', text: '还在上班吗？', kind: 'choice', required: true, options: [] },
    {
      id: 'left',
      text: '哪天离职的？',
      kind: 'date',
      required: true,
      options: [],
      when: { question: 'employed', value: 'no' },
    },
    { id: 'demand', text: '最近一次催要？', kind: 'date', required: false, options: [] },
  ],
}

test('a conditional question appears only for its answer, and only then is it required', () => {
  expect(visibleQuestions(topic, { employed: 'yes' }).map((q) => q.id)).toEqual([
    'employed',
    'demand',
  ])
  expect(missingAnswers(topic, {})).toEqual({ 'answers.employed': '请选择：还在上班吗？' })
  expect(missingAnswers(topic, { employed: 'no' })).toEqual({
    'answers.left': '请选择日期：哪天离职的？',
  })
})

test('answers to hidden or blank questions are not sent', () => {
  expect(answersToSend(topic, { employed: 'yes', left: '2025-01-01', demand: '' })).toEqual({
    employed: 'yes',
  })
})

const base: Limitation = {
  kind: 'deadline',
  name: '劳动争议仲裁时效 1 年',
  rule: '',
  basis: '',
  startDate: '2025-06-30',
  deadline: '2026-06-30',
  daysLeft: 120,
  expired: false,
}

test('the limitation headline says the date and the days left, or that it has passed', () => {
  expect(limitationHeadline(base)).toBe('截止日期 6月30日 周二，还剩 120 天')
  expect(limitationHeadline({ ...base, expired: true, daysLeft: 0 })).toBe(
    '已于 6月30日 周二 届满，请尽快咨询律师',
  )
  expect(limitationHeadline({ ...base, kind: 'paused' })).toBe(
    '劳动争议仲裁时效 1 年：目前尚未开始计算',
  )
})

test('unread is said in words for each side; times are shown in 包头 time', () => {
  expect(statusLine('answered', true, 'user')).toBe('● 律师有新回复（未读）')
  expect(statusLine('waiting', true, 'lawyer')).toBe('● 有新提问（未读）')
  expect(statusLine('waiting', false, 'user')).toBe('等待律师答复')
  expect(shortTime('2026-03-01T16:05:00.000Z')).toBe('3月2日 周一 00:05')
})
