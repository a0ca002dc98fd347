-- Indexes that keep "now" flat: what a command asks about the present reads
-- rows of the present, never every reminder ever written. Partial indexes
-- hold only the rows a query can want, so their size does not grow with the
-- years; the migration changes no row.

-- Pending, snoozed and recently sent reminders are found through
-- reminder_state_due (state, due), which exists already.

-- Open warnings: the newest row of each series whose condition has not gone
-- away, read on every `log` and `sore`.
CREATE INDEX reminder_open_warning ON reminder (series, id)
    WHERE kind = 'warning' AND resolved_at IS NULL;

-- Reminders of a period by due (adherence in `summary`, recent sent ones).
CREATE INDEX reminder_due ON reminder (due);

-- What a removed entry scheduled and is still to come (the trigger on entry
-- looks it up for every row `rm` or `undo` deletes).
CREATE INDEX reminder_live_entry ON reminder (entry_id) WHERE state IN ('pending', 'snoozed');
