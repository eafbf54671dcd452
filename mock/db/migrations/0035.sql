-- bookings whose time a console change closed: they wait for the resident to pick a new time or cancel
-- closed_reason: why the time no longer works ("因…调整"); set once, so the owner is told once.
ALTER TABLE appointments ADD COLUMN closed_reason TEXT;
ALTER TABLE appointments ADD COLUMN closed_at TEXT;
