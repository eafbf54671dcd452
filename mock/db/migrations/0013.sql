-- media: 视频讲解 with chapters, 政务直播 schedule and 开播提醒
CREATE TABLE media_videos (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('tutorial', 'replay')),
  title TEXT NOT NULL,
  department TEXT NOT NULL,
  description TEXT NOT NULL,
  clip TEXT NOT NULL,
  duration_sec REAL NOT NULL,
  sort_order INTEGER NOT NULL
);
CREATE INDEX media_videos_list ON media_videos(kind, sort_order);
CREATE TABLE media_chapters (
  video_id TEXT NOT NULL REFERENCES media_videos(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  title TEXT NOT NULL,
  start_sec REAL NOT NULL,
  link_kind TEXT NOT NULL CHECK (link_kind IN ('item', 'bundle')),
  link_id TEXT NOT NULL,
  link_name TEXT NOT NULL,
  PRIMARY KEY (video_id, idx)
);
CREATE INDEX media_chapters_link ON media_chapters(link_id);
-- Times are absolute; the seed lays the schedule out around the server clock.
CREATE TABLE live_sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  topic TEXT NOT NULL,
  host_department TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  feed_clip TEXT NOT NULL,
  replay_video_id TEXT NOT NULL REFERENCES media_videos(id)
);
CREATE TABLE live_subscriptions (
  session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  channel TEXT NOT NULL CHECK (channel IN ('app', 'wechat')),
  created_at TEXT NOT NULL,
  reminded_at TEXT,
  PRIMARY KEY (session_id, user_id)
);
