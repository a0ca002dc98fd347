-- Desktop reminders: what to show, when, and what became of it. The runner
-- never deletes a row: it moves from pending/snoozed to sent, cancelled or
-- acknowledged. Times are unix seconds (UTC), like entry.at.
CREATE TABLE reminder (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('cooldown', 'checkin', 'warning', 'weekly')),
    due         INTEGER NOT NULL CHECK (due > 0),
    state       TEXT    NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sent', 'snoozed', 'cancelled', 'acknowledged')),
    urgency     TEXT    NOT NULL DEFAULT 'normal' CHECK (urgency IN ('low', 'normal', 'critical')),
    summary     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    regions     INTEGER NOT NULL DEFAULT 0 CHECK (regions BETWEEN 0 AND 131071),
    -- The entry that caused it. No foreign key: the trigger below cancels
    -- what a removed entry scheduled, and the id stays for the record.
    entry_id    INTEGER,
    rule        TEXT,                            -- advice rule behind a warning
    -- Rows that are one reminder over time share a series ("warning:persist:
    -- quads", "checkin:20413"): at most one of them is pending, which makes
    -- scheduling idempotent, and ack/cancel act on the whole series.
    series      TEXT    NOT NULL,
    anchor      INTEGER NOT NULL DEFAULT 0,      -- check-in: soreness logged after this counts
    repeat_secs INTEGER NOT NULL DEFAULT 0 CHECK (repeat_secs >= 0),
    resolved_at INTEGER,                         -- warning: the condition went away
    claimed_by  INTEGER,                         -- a runner is showing it now ...
    claimed_at  INTEGER,                         -- ... since then (stale claims expire)
    sent_at     INTEGER,
    created_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX reminder_state_due ON reminder (state, due);
CREATE INDEX reminder_series ON reminder (series);
CREATE UNIQUE INDEX reminder_one_pending ON reminder (series) WHERE state = 'pending';

-- Removing an entry (recov rm, recov undo) takes back what logging it
-- scheduled, unless it was already shown or settled.
CREATE TRIGGER reminder_entry_removed AFTER DELETE ON entry
BEGIN
    UPDATE reminder SET state = 'cancelled'
     WHERE entry_id = OLD.id AND state IN ('pending', 'snoozed');
END;
