-- Entries keep their meaning: a uid that every copy of the log (an export,
-- another device) knows an entry by, and local ids that are never handed out
-- twice (AUTOINCREMENT), so an id written down or held by a reminder always
-- names the same entry. Paired regions carry a side; flags have room to grow;
-- an imported session keeps its heart rate and where it came from.
-- SQLite cannot change constraints in place, so the table is rebuilt; the
-- migration runs in one transaction and a failure leaves the file as it was.
CREATE TABLE entry_v3 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid           TEXT    NOT NULL UNIQUE CHECK (length(uid) = 36),
    batch         INTEGER NOT NULL,             -- rows written by one command
    kind          TEXT    NOT NULL CHECK (kind IN ('workout', 'soreness', 'recovery')),
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
    CHECK (kind <> 'workout'  OR (type IS NOT NULL AND minutes > 0 AND rpe IS NOT NULL
                                  AND rpe_estimated IS NOT NULL)),
    CHECK (kind <> 'soreness' OR (region IS NOT NULL AND score IS NOT NULL
                                  AND flags IS NOT NULL)),
    CHECK (kind <> 'recovery' OR (action IS NOT NULL AND minutes IS NOT NULL
                                  AND regions IS NOT NULL)),
    CHECK (side IS NULL OR kind IN ('soreness', 'recovery'))
) STRICT;

-- Every existing row gets a random version-4 uid (each randomblob() call is
-- evaluated per row); ids keep their values, and inserting them explicitly
-- sets the AUTOINCREMENT counter past the highest.
INSERT INTO entry_v3 (id, uid, batch, kind, at, note, type, minutes, rpe, rpe_estimated,
                      distance_km, region, score, flags, action, regions)
SELECT id,
       lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
       substr(lower(hex(randomblob(2))), 2) || '-' ||
       substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) ||
       '-' || lower(hex(randomblob(6))),
       batch, kind, at, note, type, minutes, rpe, rpe_estimated,
       distance_km, region, score, flags, action, regions
  FROM entry;

DROP TABLE entry;
ALTER TABLE entry_v3 RENAME TO entry;

CREATE INDEX entry_kind_at ON entry (kind, at);
CREATE INDEX entry_at ON entry (at);
CREATE INDEX entry_batch ON entry (batch);

-- Dropping the old table dropped its trigger: the same rule, again.
CREATE TRIGGER reminder_entry_removed AFTER DELETE ON entry
BEGIN
    UPDATE reminder SET state = 'cancelled'
     WHERE entry_id = OLD.id AND state IN ('pending', 'snoozed');
END;
