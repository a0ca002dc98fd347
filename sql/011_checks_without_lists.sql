-- The same rules, cheaper to check. SQLite checks `x IN (a, b, c, ...)`
-- with more than two constants by building a temporary b-tree of the
-- constants, and inside a CHECK or a trigger it builds it again for every
-- row written: a quarter of the work of importing an entry. A chain of
-- `x = a OR x = b ...` accepts and refuses exactly the same values with a
-- few comparisons. SQLite cannot change a CHECK in place, so entry and
-- reminder are rebuilt, columns in the same order (journaled changesets name
-- them by position), with their ids, uids, id counter, indexes and
-- triggers, in the migration's one transaction.
CREATE TABLE entry_v11 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid           TEXT    NOT NULL UNIQUE CHECK (length(uid) = 36),
    batch         INTEGER NOT NULL,             -- rows written by one command
    kind          TEXT    NOT NULL CHECK (kind = 'workout' OR kind = 'soreness' OR
                                          kind = 'recovery' OR kind = 'wellness'),
    at            INTEGER NOT NULL CHECK (at > 0),
    note          TEXT,
    -- workout
    type          TEXT,
    minutes       INTEGER CHECK (minutes BETWEEN 0 AND 1440),
    rpe           INTEGER CHECK (rpe BETWEEN 0 AND 10),
    rpe_estimated INTEGER CHECK (rpe_estimated IN (0, 1)),
    distance_km   REAL    CHECK (distance_km >= 0),
    avg_hr        INTEGER CHECK (avg_hr BETWEEN 20 AND 250),
    max_hr        INTEGER CHECK (max_hr BETWEEN 20 AND 250),
    source        TEXT,                         -- an imported session's origin
    -- soreness
    region        TEXT,
    side          TEXT    CHECK (side IN ('left', 'right')),
    score         INTEGER CHECK (score BETWEEN 0 AND 10),
    flags         INTEGER CHECK (flags BETWEEN 0 AND 65535),
    -- recovery
    action        TEXT,
    regions       INTEGER CHECK (regions BETWEEN 0 AND 131071),
    -- wellness (intervals.icu: sleepSecs, sleepQuality, fatigue, stress,
    -- mood, restingHR, hrv)
    sleep_secs    INTEGER CHECK (sleep_secs BETWEEN 0 AND 86400),
    sleep_quality INTEGER CHECK (sleep_quality BETWEEN 1 AND 5),
    fatigue       INTEGER CHECK (fatigue BETWEEN 1 AND 5),
    stress        INTEGER CHECK (stress BETWEEN 1 AND 5),
    mood          INTEGER CHECK (mood BETWEEN 1 AND 5),
    resting_hr    INTEGER CHECK (resting_hr BETWEEN 20 AND 250),
    hrv           INTEGER CHECK (hrv BETWEEN 1 AND 500),
    CHECK (kind <> 'workout'  OR (type IS NOT NULL AND minutes > 0 AND rpe IS NOT NULL
                                  AND rpe_estimated IS NOT NULL)),
    CHECK (kind <> 'soreness' OR (region IS NOT NULL AND score IS NOT NULL
                                  AND flags IS NOT NULL)),
    CHECK (kind <> 'recovery' OR (action IS NOT NULL AND minutes IS NOT NULL
                                  AND regions IS NOT NULL)),
    CHECK (side IS NULL OR kind IN ('soreness', 'recovery')),
    -- A wellness entry holds at least one item, and only it holds them.
    CHECK ((kind = 'wellness') = (coalesce(sleep_secs, sleep_quality, fatigue, stress, mood,
                                           resting_hr, hrv) IS NOT NULL))
) STRICT;

INSERT INTO entry_v11 SELECT * FROM entry;

-- Ids are never handed out twice: the new table continues the old counter,
-- which may be past the highest id left (the newest entries removed).
DELETE FROM sqlite_sequence WHERE name = 'entry_v11';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'entry_v11', seq FROM sqlite_sequence WHERE name = 'entry';

-- Dropping entry drops its trigger, which is made again at the end, once
-- the reminder table it writes to is in place too.
DROP TABLE entry;
ALTER TABLE entry_v11 RENAME TO entry;

CREATE INDEX entry_kind_at ON entry (kind, at);
CREATE INDEX entry_at ON entry (at);
CREATE INDEX entry_batch ON entry (batch);

CREATE TABLE reminder_v11 (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind = 'cooldown' OR kind = 'checkin' OR
                                        kind = 'warning' OR kind = 'weekly'),
    due         INTEGER NOT NULL CHECK (due > 0),
    state       TEXT    NOT NULL DEFAULT 'pending'
                CHECK (state = 'pending' OR state = 'sent' OR state = 'snoozed' OR
                       state = 'cancelled' OR state = 'acknowledged' OR state = 'expired'),
    urgency     TEXT    NOT NULL DEFAULT 'normal'
                CHECK (urgency = 'low' OR urgency = 'normal' OR urgency = 'critical'),
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

INSERT INTO reminder_v11 SELECT * FROM reminder;

DROP TABLE reminder;
ALTER TABLE reminder_v11 RENAME TO reminder;

CREATE INDEX reminder_state_due ON reminder (state, due);
CREATE INDEX reminder_series ON reminder (series);
CREATE UNIQUE INDEX reminder_one_pending ON reminder (series) WHERE state = 'pending';
CREATE INDEX reminder_to_close ON reminder (id) WHERE close_due = 1;
CREATE INDEX reminder_open_warning ON reminder (series, id)
    WHERE kind = 'warning' AND resolved_at IS NULL;
CREATE INDEX reminder_due ON reminder (due);
-- Queries name this same condition to use the index: it stays as it was.
CREATE INDEX reminder_live_entry ON reminder (entry_id) WHERE state IN ('pending', 'snoozed');

CREATE TRIGGER reminder_close_on_settle AFTER UPDATE OF state ON reminder
WHEN NEW.notify_id IS NOT NULL
     AND (NEW.state = 'acknowledged' OR NEW.state = 'cancelled' OR NEW.state = 'expired')
     AND (OLD.state = 'pending' OR OLD.state = 'sent' OR OLD.state = 'snoozed')
BEGIN
    UPDATE reminder SET close_due = 1 WHERE id = NEW.id;
END;

CREATE TRIGGER reminder_entry_removed AFTER DELETE ON entry
BEGIN
    UPDATE reminder SET state = 'cancelled'
     WHERE entry_id = OLD.id AND state IN ('pending', 'snoozed');
END;
