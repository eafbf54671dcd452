import type { Db } from '../../db/open'

export interface AppointmentRow {
  id: string
  code: string
  user_id: string
  item_id: string
  point_id: string
  day: string
  time: string
  slot_start: string
  slot_end: string
  name: string
  phone: string
  status: 'booked' | 'arrived' | 'cancelled'
  queue_number: number | null
  reminder: 'wechat' | 'none'
  created_at: string
}

type NewAppointment = Omit<AppointmentRow, 'status' | 'queue_number'>

export function createAppointmentRepo(db: Db) {
  const insert = db.prepare<[NewAppointment]>(`
    INSERT INTO appointments (id, code, user_id, item_id, point_id, day, time, slot_start, slot_end,
      name, phone, reminder, created_at)
    VALUES (@id, @code, @user_id, @item_id, @point_id, @day, @time, @slot_start, @slot_end,
      @name, @phone, @reminder, @created_at)`)
  const byId = db.prepare<[string], AppointmentRow>('SELECT * FROM appointments WHERE id = ?')
  const byCode = db.prepare<[string], AppointmentRow>('SELECT * FROM appointments WHERE code = ?')
  const ofUser = db.prepare<[string], AppointmentRow>(
    'SELECT * FROM appointments WHERE user_id = ? ORDER BY slot_start DESC, created_at DESC',
  )
  const takenOnDay = db.prepare<[string, string], { slot_start: string; n: number }>(`
    SELECT slot_start, COUNT(*) AS n FROM appointments
    WHERE point_id = ? AND day = ? AND status <> 'cancelled' GROUP BY slot_start`)
  const takenInSlot = db
    .prepare<[string, string], number>(
      `SELECT COUNT(*) FROM appointments
      WHERE point_id = ? AND slot_start = ? AND status <> 'cancelled'`,
    )
    .pluck()
  const activeSameDay = db.prepare<[string, string, string], AppointmentRow>(`
    SELECT * FROM appointments
    WHERE user_id = ? AND item_id = ? AND day = ? AND status <> 'cancelled'`)
  const noShowEnds = db
    .prepare<[string, string, string], string>(
      `SELECT slot_end FROM appointments
      WHERE user_id = ? AND status = 'booked' AND slot_end <= ? AND slot_end > ?
      ORDER BY slot_end`,
    )
    .pluck()
  /** Past bookings of a point per weekday and time, for the busyness hint. */
  const history = db.prepare<[string, string, string, number], { time: string; n: number }>(`
    SELECT time, COUNT(*) AS n FROM appointments
    WHERE point_id = ? AND status <> 'cancelled' AND slot_start < ? AND slot_start >= ?
      AND CAST(strftime('%w', day) AS INTEGER) = ? % 7
    GROUP BY time`)
  const replacement = db.prepare<[string], { id: string; day: string; time: string }>(`
    SELECT n.id, n.day, n.time FROM appointments o JOIN appointments n ON n.id = o.moved_to
    WHERE o.id = ?`)
  const markMoved = db.prepare<[string, string]>(
    'UPDATE appointments SET moved_to = ? WHERE id = ?',
  )
  const handles = db
    .prepare<[string, string], number>(
      'SELECT COUNT(*) FROM catalog_item_points WHERE item_id = ? AND point_id = ?',
    )
    .pluck()
  const popularBookable = db
    .prepare<[number], string>(
      `SELECT i.id FROM catalog_items i
      WHERE EXISTS (SELECT 1 FROM catalog_item_points p WHERE p.item_id = i.id)
      ORDER BY i.popularity DESC, i.sort_order LIMIT ?`,
    )
    .pluck()
  const bookableAmong = db
    .prepare<[string], string>(
      `SELECT DISTINCT item_id FROM catalog_item_points
      WHERE item_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
  const dueReminders = db.prepare<[string, string], AppointmentRow & { openid: string }>(`
    SELECT a.*, u.openid FROM appointments a JOIN users u ON u.id = a.user_id
    WHERE a.reminder = 'wechat' AND a.reminded_at IS NULL AND a.status = 'booked'
      AND a.slot_start > ? AND a.slot_start <= ?
    ORDER BY a.slot_start`)
  const markReminded = db.prepare<[string, string]>(
    'UPDATE appointments SET reminded_at = ? WHERE id = ?',
  )
  const cancel = db.prepare<[string, string]>(
    "UPDATE appointments SET status = 'cancelled', cancelled_at = ? WHERE id = ?",
  )
  const nextQueue = db
    .prepare<[string, string], number>(
      `SELECT COALESCE(MAX(queue_number), 0) + 1
      FROM appointments WHERE point_id = ? AND day = ?`,
    )
    .pluck()
  const arrive = db.prepare<[number, string, string]>(
    "UPDATE appointments SET status = 'arrived', queue_number = ?, arrived_at = ? WHERE id = ?",
  )

  return {
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    insert: (row: NewAppointment) => insert.run(row),
    findById: (id: string) => byId.get(id),
    findByCode: (code: string) => byCode.get(code),
    ofUser: (userId: string) => ofUser.all(userId),
    takenOnDay: (pointId: string, day: string) =>
      new Map(takenOnDay.all(pointId, day).map((r) => [r.slot_start, r.n])),
    takenInSlot: (pointId: string, slotStart: string) => takenInSlot.get(pointId, slotStart) ?? 0,
    activeSameDay: (userId: string, itemId: string, day: string) =>
      activeSameDay.get(userId, itemId, day),
    noShowEnds: (userId: string, now: string, since: string) => noShowEnds.all(userId, now, since),
    history: (pointId: string, weekday: number, now: string, since: string) =>
      new Map(history.all(pointId, now, since, weekday).map((r) => [r.time, r.n])),
    handles: (pointId: string, itemId: string) => (handles.get(itemId, pointId) ?? 0) > 0,
    /** Items with at least one handling point, most asked for first. */
    popularBookable: (limit: number) => popularBookable.all(limit),
    bookableAmong: (ids: readonly string[]) => new Set(bookableAmong.all(JSON.stringify(ids))),
    dueReminders: (after: string, until: string) => dueReminders.all(after, until),
    markReminded: (id: string, at: string) => markReminded.run(at, id),
    cancel: (id: string, at: string) => cancel.run(at, id),
    /** The booking an 改约 moved this one to, if it was moved rather than cancelled. */
    replacement: (id: string) => replacement.get(id),
    markMoved: (id: string, movedTo: string) => {
      markMoved.run(movedTo, id)
    },
    checkIn: (id: string, pointId: string, day: string, at: string): number => {
      const queue = nextQueue.get(pointId, day) ?? 1
      arrive.run(queue, at, id)
      return queue
    },
  }
}

export type AppointmentRepo = ReturnType<typeof createAppointmentRepo>
