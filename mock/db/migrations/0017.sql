-- abuse limits: one waiting ticket per user and point, the phone on a 户号
-- Keep the earliest waiting ticket of each user, point and day; later duplicates are called off.
UPDATE queue_tickets SET status = 'called', called_at = taken_at
  WHERE status = 'waiting' AND EXISTS (
    SELECT 1 FROM queue_tickets earlier
    WHERE earlier.user_id = queue_tickets.user_id AND earlier.point_id = queue_tickets.point_id
      AND earlier.day = queue_tickets.day AND earlier.status = 'waiting'
      AND earlier.number < queue_tickets.number);
CREATE UNIQUE INDEX queue_tickets_one_waiting
  ON queue_tickets(user_id, point_id, day) WHERE status = 'waiting';
ALTER TABLE utility_accounts ADD COLUMN phone TEXT NOT NULL DEFAULT '';
-- Wrong answers to the household question (or unknown numbers), counted per user and per
-- 户号 (kind:number) and day against guessing from one or many accounts.
CREATE TABLE utility_bind_failures (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  account_key TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX utility_bind_failures_user ON utility_bind_failures(user_id, at);
CREATE INDEX utility_bind_failures_account ON utility_bind_failures(account_key, at);
