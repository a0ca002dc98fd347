-- Reminders that stay true: a useful life (expires_at, and a new 'expired'
-- state for what outlived it), the notification server's id of what is on
-- screen (notify_id, so a repeat replaces it and a settled one is closed),
-- when the log settled it (done_at) and how often it was snoozed. A CHECK
-- cannot be altered in SQLite, so the table is rebuilt with every row kept;
-- its indexes and the trigger on entry are created again below.
DROP TRIGGER reminder_entry_removed;

CREATE TABLE reminder_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('cooldown', 'checkin', 'warning', 'weekly')),
    due         INTEGER NOT NULL CHECK (due > 0),
    state       TEXT    NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sent', 'snoozed', 'cancelled', 'acknowledged',
                                 'expired')),
    urgency     TEXT    NOT NULL DEFAULT 'normal' CHECK (urgency IN ('low', 'normal', 'critical')),
    summary     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    regions     INTEGER NOT NULL DEFAULT 0 CHECK (regions BETWEEN 0 AND 131071),
    entry_id    INTEGER,
    rule        TEXT,
    series      TEXT    NOT NULL,
    anchor      INTEGER NOT NULL DEFAULT 0,      -- the log settles it from then on
    repeat_secs INTEGER NOT NULL DEFAULT 0 CHECK (repeat_secs >= 0),
    resolved_at INTEGER,
    claimed_by  INTEGER,
    claimed_at  INTEGER,
    sent_at     INTEGER,
    created_at  INTEGER NOT NULL,
    -- Never shown at or after this moment: it becomes 'expired' instead.
    expires_at  INTEGER NOT NULL,
    -- The server's id for the notification that showed it; NULL when never
    -- shown, or when the server took the Notify call without answering
    -- (sent, maybe shown).
    notify_id   INTEGER CHECK (notify_id > 0),
    -- 1: settled or expired while its notification may still be on screen;
    -- the next runner closes it (CloseNotification) and clears this.
    close_due   INTEGER NOT NULL DEFAULT 0 CHECK (close_due IN (0, 1)),
    done_at     INTEGER,                         -- what it asked for was logged then
    snoozes     INTEGER NOT NULL DEFAULT 0 CHECK (snoozes >= 0)
) STRICT;

-- Rows from before: the documented lives (a cool-down 2 h after due, a
-- warning until its next repeat, check-ins and weekly ones their local day).
INSERT INTO reminder_new (id, kind, due, state, urgency, summary, body, regions, entry_id,
                          rule, series, anchor, repeat_secs, resolved_at, claimed_by,
                          claimed_at, sent_at, created_at, expires_at)
SELECT id, kind, due, state, urgency, summary, body, regions, entry_id, rule, series, anchor,
       repeat_secs, resolved_at, claimed_by, claimed_at, sent_at, created_at,
       CASE kind
           WHEN 'cooldown' THEN due + 7200
           WHEN 'warning' THEN due + max(repeat_secs, 86400)
           ELSE CAST(strftime('%s', date(due, 'unixepoch', 'localtime', '+1 day'), 'utc')
                     AS INTEGER)
       END
  FROM reminder;

DROP TABLE reminder;
ALTER TABLE reminder_new RENAME TO reminder;

CREATE INDEX reminder_state_due ON reminder (state, due);
CREATE INDEX reminder_series ON reminder (series);
CREATE UNIQUE INDEX reminder_one_pending ON reminder (series) WHERE state = 'pending';
CREATE INDEX reminder_to_close ON reminder (id) WHERE close_due = 1;

CREATE TRIGGER reminder_entry_removed AFTER DELETE ON entry
BEGIN
    UPDATE reminder SET state = 'cancelled'
     WHERE entry_id = OLD.id AND state IN ('pending', 'snoozed');
END;

-- Whatever takes a shown reminder out of play (acknowledged, cancelled,
-- expired, settled by the log) leaves its notification to be closed.
CREATE TRIGGER reminder_close_on_settle AFTER UPDATE OF state ON reminder
WHEN NEW.notify_id IS NOT NULL AND NEW.state IN ('acknowledged', 'cancelled', 'expired')
     AND OLD.state IN ('pending', 'sent', 'snoozed')
BEGIN
    UPDATE reminder SET close_due = 1 WHERE id = NEW.id;
END;
