-- A reminder an operation called off as it wrote (a cool-down its advice
-- ruled out: a sprain logged after a run), beside those its removals took
-- back. Undo brings both back; redo takes a called-off one back again, as
-- the write did, while a removal's reminders go with their entries again.
-- The record stays with the operation, so each undo and redo does the same.
ALTER TABLE journal_reminder ADD COLUMN called_off INTEGER NOT NULL DEFAULT 0
    CHECK (called_off IN (0, 1));
