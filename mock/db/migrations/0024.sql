-- messages: the inbox of every event that concerns a user, and its WeChat subscription sends
-- One entry per (event, user): the unique key makes a retried or concurrent emit a no-op.
CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  event_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  route TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT
);
CREATE UNIQUE INDEX messages_event_user ON messages(event_key, user_id);
CREATE INDEX messages_user_created ON messages(user_id, created_at);
-- the WeChat send of one message: claimed by a conditional UPDATE, retried with back-off
CREATE TABLE message_sends (
  message_id TEXT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
  template TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_try_at TEXT NOT NULL,
  claimed_at TEXT,
  note TEXT,
  sent_at TEXT
);
CREATE INDEX message_sends_due ON message_sends(status, next_try_at);
-- what the user accepted in WeChat's subscribe dialog: one send per acceptance (one-time
-- templates), or until withdrawn (long-term 政务民生)
CREATE TABLE message_subscriptions (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  template TEXT NOT NULL,
  remaining INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, template)
);
