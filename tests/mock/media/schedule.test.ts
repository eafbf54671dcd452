import type { ReminderMessage } from '../../../mock/notify/reminders'
import { createRepos } from '../../../mock/modules/repositories'
import { clipDuration, clipFor } from '../../../mock/modules/media/clips'
import { sendDueLiveReminders } from '../../../mock/modules/media/live-reminders'
import { LIVE_SCHEDULE, scheduleAt } from '../../../mock/modules/media/live-schedule'
import { seedLiveSchedule } from '../../../mock/modules/media/seed'
import { TUTORIAL_COUNT, tutorialSeeds } from '../../../mock/modules/media/tutorials'
import { liveStatus } from '../../../src/services/contract'
import { testDatabase } from '../helpers'

const at = (iso: string) => new Date(iso)

describe('liveStatus', () => {
  const starts = '2026-03-03T07:00:00.000Z'
  const ends = '2026-03-03T08:00:00.000Z'
  test.each([
    ['2026-03-03T06:59:59.999Z', 'upcoming'],
    ['2026-03-03T07:00:00.000Z', 'live'],
    ['2026-03-03T07:59:59.999Z', 'live'],
    ['2026-03-03T08:00:00.000Z', 'finished'],
  ])('at %s it is %s', (now, status) => {
    expect(liveStatus(starts, ends, at(now))).toBe(status)
  })
})

describe('the timetable around the clock', () => {
  test('local times in Asia/Shanghai whatever the hour; the live one began 20 minutes ago', () => {
    const late = at('2026-03-02T23:50:00+08:00')
    const hukou = LIVE_SCHEDULE.find((s) => s.id === 'live-hukou')
    const live = LIVE_SCHEDULE.find((s) => s.at === null)
    if (!hukou || !live) throw new Error('timetable changed')
    expect(scheduleAt(hukou, late).startsAt.toISOString()).toBe('2026-03-04T02:00:00.000Z')
    expect(scheduleAt(live, late)).toEqual({
      startsAt: at('2026-03-02T23:30:00+08:00'),
      endsAt: at('2026-03-03T00:30:00+08:00'),
    })
  })

  test('kept while something is ahead; laid out again (dropping reminders) once it ran out', async () => {
    const { sql, close } = await testDatabase()
    const repos = createRepos(sql)
    expect(await seedLiveSchedule(sql, at('2026-03-02T09:00:00+08:00'))).toBe(true)
    expect(await seedLiveSchedule(sql, at('2026-03-05T09:00:00+08:00'))).toBe(false)
    await sql
      .insertInto('users')
      .values({ id: 'u', openid: 'o', nickname: 'n', created_at: 't' })
      .execute()
    await repos.media.subscribe('live-small-tax', 'u', 'app', 't')
    const later = at('2026-03-20T09:00:00+08:00')
    expect(await seedLiveSchedule(sql, later)).toBe(true)
    const sessions = await repos.media.sessions('u')
    expect(
      sessions.filter((s) => liveStatus(s.starts_at, s.ends_at, later) === 'live'),
    ).toHaveLength(1)
    expect(sessions.every((s) => s.subscribed === 0)).toBe(true)
    await close()
  })
})

describe('the seed', () => {
  test('155 tutorials, 2–5 chapters each, every chapter time inside its clip', () => {
    const videos = tutorialSeeds()
    expect(videos).toHaveLength(TUTORIAL_COUNT)
    expect(new Set(videos.map((v) => v.id)).size).toBe(TUTORIAL_COUNT)
    for (const v of videos) {
      expect(v.chapters.length).toBeGreaterThanOrEqual(2)
      expect(v.chapters.length).toBeLessThanOrEqual(5)
      expect(clipDuration(clipFor(v.chapters.length))).toBeGreaterThan(0)
    }
  })
})

describe('开播提醒 through WeChat', () => {
  test('sent once, within half an hour of the start, only to wechat subscribers', async () => {
    const { sql, close } = await testDatabase()
    const repos = createRepos(sql)
    await seedLiveSchedule(sql, at('2026-03-02T09:00:00+08:00'))
    await sql
      .insertInto('users')
      .values(['a', 'b'].map((id) => ({ id, openid: `o-${id}`, nickname: id, created_at: 't' })))
      .execute()
    await repos.media.subscribe('live-annual-report', 'a', 'wechat', 't')
    await repos.media.subscribe('live-annual-report', 'b', 'app', 't')
    const sent: ReminderMessage[] = []
    const send = async (m: ReminderMessage) => {
      sent.push(m)
    }
    expect(await sendDueLiveReminders(repos, send, at('2026-03-03T14:00:00+08:00'))).toBe(0)
    expect(await sendDueLiveReminders(repos, send, at('2026-03-03T14:35:00+08:00'))).toBe(1)
    expect(await sendDueLiveReminders(repos, send, at('2026-03-03T14:40:00+08:00'))).toBe(0)
    expect(sent).toEqual([
      {
        openid: 'o-a',
        appointmentId: 'live-annual-report',
        page: 'packages/media/pages/live/index?id=live-annual-report',
        itemName: '政务直播：企业年报申报直播：跟着主播半小时填完',
        pointName: '线上直播·青山区市场监督管理局',
        when: '2026-03-03 15:00',
        code: 'annual-report',
      },
    ])
    await close()
  })
})

test('the reference server plays recorded clips in the live slot: no topic promises live Q&A', () => {
  for (const live of LIVE_SCHEDULE) expect(live.topic).not.toMatch(/连线|答疑|现场提问|互动/)
})
