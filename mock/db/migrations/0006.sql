-- appointments
-- No foreign key to the catalog: a re-seeded catalog must not delete anyone's booking.
CREATE TABLE appointments (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  point_id TEXT NOT NULL,
  day TEXT NOT NULL,
  time TEXT NOT NULL,
  slot_start TEXT NOT NULL,
  slot_end TEXT NOT NULL,
  name TEXT NOT NULL,
  phone TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'arrived', 'cancelled')),
  queue_number INTEGER,
  created_at TEXT NOT NULL,
  cancelled_at TEXT,
  arrived_at TEXT,
  CHECK ((status = 'arrived') = (queue_number IS NOT NULL))
);
CREATE INDEX appointments_slot ON appointments(point_id, slot_start) WHERE status <> 'cancelled';
CREATE INDEX appointments_user ON appointments(user_id, slot_start);
-- At most one active booking per user, item and day, whatever the code path.
CREATE UNIQUE INDEX appointments_one_per_day ON appointments(user_id, item_id, day)
  WHERE status <> 'cancelled';
CREATE UNIQUE INDEX appointments_queue ON appointments(point_id, day, queue_number)
  WHERE queue_number IS NOT NULL;
