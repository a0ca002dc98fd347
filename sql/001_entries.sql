-- The log: every workout, soreness score and recovery action is one row.
-- Times are unix seconds (UTC); days are derived in local time when read.
CREATE TABLE entry (
    id            INTEGER PRIMARY KEY,
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
    -- soreness
    region        TEXT,
    score         INTEGER CHECK (score BETWEEN 0 AND 10),
    flags         INTEGER CHECK (flags BETWEEN 0 AND 127),
    -- recovery
    action        TEXT,
    regions       INTEGER CHECK (regions BETWEEN 0 AND 131071),
    CHECK (kind <> 'workout'  OR (type IS NOT NULL AND minutes > 0 AND rpe IS NOT NULL
                                  AND rpe_estimated IS NOT NULL)),
    CHECK (kind <> 'soreness' OR (region IS NOT NULL AND score IS NOT NULL
                                  AND flags IS NOT NULL)),
    CHECK (kind <> 'recovery' OR (action IS NOT NULL AND minutes IS NOT NULL
                                  AND regions IS NOT NULL))
) STRICT;

CREATE INDEX entry_kind_at ON entry (kind, at);
CREATE INDEX entry_at ON entry (at);
-- undo removes the newest batch as a whole.
CREATE INDEX entry_batch ON entry (batch);
