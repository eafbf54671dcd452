import type { Sql } from '../../../mock/db/engine'
import type { ReminderMessage } from '../../../mock/notify/reminders'
import { sendDueLiveReminders } from '../../../mock/modules/media/live-reminders'
import { createMediaRepo } from '../../../mock/modules/media/repository'
import { burst, threeInstances } from '../../support/three-instances'

const SUBSCRIBERS = 12

async function seed(sql: Sql) {
  await sql
    .insertInto('media_videos')
    .values({
      id: 'v1',
      kind: 'replay',
      title: '回放',
      department: '税务局',
      description: '',
      clip: 'clip',
      duration_sec: 60,
      sort_order: 1,
    })
    .execute()
  await sql
    .insertInto('live_sessions')
    .values({
      id: 'live-tax',
      title: '个税汇算',
      topic: '税务',
      host_department: '税务局',
      starts_at: '2026-03-03T07:00:00.000Z',
      ends_at: '2026-03-03T08:00:00.000Z',
      feed_clip: 'clip',
      replay_video_id: 'v1',
    })
    .execute()
  for (let i = 0; i < SUBSCRIBERS; i += 1) {
    await sql
      .insertInto('users')
      .values({ id: `u${i}`, openid: `o${i}`, nickname: 'n', created_at: 't' })
      .execute()
    await sql
      .insertInto('live_subscriptions')
      .values({ session_id: 'live-tax', user_id: `u${i}`, channel: 'wechat', created_at: 't' })
      .execute()
  }
}

describe('开播提醒 on PostgreSQL across three server instances', () => {
  test('60 concurrent reminder runs send each subscriber’s reminder exactly once', async () => {
    const { sqls, close } = await threeInstances()
    try {
      await seed(sqls[0])
      const sent: ReminderMessage[] = []
      const send = async (message: ReminderMessage) => {
        await new Promise((resolve) => setTimeout(resolve, 5)) // WeChat answers meanwhile
        sent.push(message)
      }
      const now = new Date('2026-03-03T06:40:00.000Z')
      const runs = await burst(60, sqls, (sql) =>
        sendDueLiveReminders({ media: createMediaRepo(sql) }, send, now),
      )
      expect(runs.filter((r) => r.status === 'rejected')).toEqual([])
      expect(sent).toHaveLength(SUBSCRIBERS)
      expect(new Set(sent.map((m) => m.openid)).size).toBe(SUBSCRIBERS)
      const unsent = await sqls[1]
        .selectFrom('live_subscriptions')
        .select('user_id')
        .where('reminded_at', 'is', null)
        .execute()
      expect(unsent).toEqual([])
    } finally {
      await close()
    }
  })

  test('a failed send is given back and goes out on the next run', async () => {
    const { sqls, close } = await threeInstances()
    try {
      await seed(sqls[0])
      const now = new Date('2026-03-03T06:40:00.000Z')
      const repos = { media: createMediaRepo(sqls[2]) }
      const failing = async () => {
        throw new Error('WeChat down')
      }
      expect(await sendDueLiveReminders(repos, failing, now)).toBe(0)
      const sent: ReminderMessage[] = []
      expect(await sendDueLiveReminders(repos, async (m) => void sent.push(m), now)).toBe(
        SUBSCRIBERS,
      )
    } finally {
      await close()
    }
  })
})

describe('media reads on PostgreSQL', () => {
  test('search, counts, departments, chapters and subscriptions read as on SQLite', async () => {
    const { sqls, close } = await threeInstances()
    try {
      await seed(sqls[0])
      await sqls[0]
        .insertInto('media_chapters')
        .values({
          video_id: 'v1',
          idx: 0,
          title: 'Start_100%',
          start_sec: 0,
          link_kind: 'item',
          link_id: 'item-1',
          link_name: '个税',
        })
        .execute()
      await sqls[0].updateTable('media_videos').set({ kind: 'tutorial' }).execute()
      const media = createMediaRepo(sqls[1])
      expect(await media.departments()).toEqual(['税务局'])
      expect(await media.tutorials({ q: 'start_100%' }, 10, 0)).toMatchObject({
        total: 1,
        rows: [{ id: 'v1', chapter_count: 1 }],
      })
      expect((await media.tutorials({ q: 'x%' }, 10, 0)).total).toBe(0)
      expect((await media.explaining('item-1')).map((c) => c.video_title)).toEqual(['回放'])
      const live = await media.session('u1', 'live-tax')
      expect(live).toMatchObject({ subscribed: 1, subscribers: SUBSCRIBERS })
      await media.unsubscribe('live-tax', 'u1')
      expect(await media.session('u1', 'live-tax')).toMatchObject({ subscribed: 0 })
    } finally {
      await close()
    }
  })
})
