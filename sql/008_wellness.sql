-- A morning wellness check is an entry of its own kind: hours slept, four
-- 1-5 items (McLean et al. 2010: sleep quality, fatigue, stress, mood; 5 is
-- the good end), resting heart rate and HRV. The columns come last, after
-- every older one, so that changesets journaled before this migration still
-- apply (a changeset names columns by position). SQLite cannot change
-- constraints in place: the table is rebuilt with its ids, uids, indexes
-- and trigger, in the migration's one transaction.
CREATE TABLE entry_v8 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid           TEXT    NOT NULL UNIQUE CHECK (length(uid) = 36),
    batch         INTEGER NOT NULL,             -- rows written by one command
    kind          TEXT    NOT NULL CHECK (kind IN ('workout', 'soreness', 'recovery',
                                                   'wellness')),
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

INSERT INTO entry_v8 (id, uid, batch, kind, at, note, type, minutes, rpe, rpe_estimated,
                      distance_km, avg_hr, max_hr, source, region, side, score, flags,
                      action, regions)
SELECT id, uid, batch, kind, at, note, type, minutes, rpe, rpe_estimated,
       distance_km, avg_hr, max_hr, source, region, side, score, flags, action, regions
  FROM entry;

-- Ids are never handed out twice: the new table continues the old counter,
-- which may be past the highest id left (the newest entries removed).
DELETE FROM sqlite_sequence WHERE name = 'entry_v8';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'entry_v8', seq FROM sqlite_sequence WHERE name = 'entry';

DROP TABLE entry;
ALTER TABLE entry_v8 RENAME TO entry;

CREATE INDEX entry_kind_at ON entry (kind, at);
CREATE INDEX entry_at ON entry (at);
CREATE INDEX entry_batch ON entry (batch);

-- Dropping the old table dropped its trigger: the same rule, again.
CREATE TRIGGER reminder_entry_removed AFTER DELETE ON entry
BEGIN
    UPDATE reminder SET state = 'cancelled'
     WHERE entry_id = OLD.id AND state IN ('pending', 'snoozed');
END;

-- Sync carries the wellness columns as it carries the others: an event holds
-- every entry column (its mask bit i is entry column i).
ALTER TABLE sync_event ADD COLUMN sleep_secs ANY;
ALTER TABLE sync_event ADD COLUMN sleep_quality ANY;
ALTER TABLE sync_event ADD COLUMN fatigue ANY;
ALTER TABLE sync_event ADD COLUMN stress ANY;
ALTER TABLE sync_event ADD COLUMN mood ANY;
ALTER TABLE sync_event ADD COLUMN resting_hr ANY;
ALTER TABLE sync_event ADD COLUMN hrv ANY;
