-- an 改约 records which booking replaced the cancelled one
ALTER TABLE appointments ADD COLUMN moved_to TEXT REFERENCES appointments(id);
