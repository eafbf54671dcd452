-- bookings of a point found by day however long its history grows
-- `point_id = ? AND day = ?` used only the point half of appointments_slot (the planner prefers
-- an index in slot_start order for the GROUP BY): with 100 000 bookings at one point the dates
-- list read them all, fourteen times. Ending in slot_start, this one serves the grouping too.
CREATE INDEX appointments_day ON appointments(point_id, day, slot_start) WHERE status <> 'cancelled';
