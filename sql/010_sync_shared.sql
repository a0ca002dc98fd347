-- Sync, continued. The salt this device derives its file key with (the
-- passphrase itself is never stored), the kind of each outgoing change (0:
-- a change of the log, 1: reminder answers), the answers given on this
-- device (shipped when [sync] reminders = shared), and the latest answer
-- from any device per reminder.
ALTER TABLE sync_self ADD COLUMN salt BLOB CHECK (salt IS NULL OR length(salt) = 16);
ALTER TABLE sync_self ADD COLUMN answers_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_out ADD COLUMN kind INTEGER NOT NULL DEFAULT 0 CHECK (kind IN (0, 1));

-- A reminder is known on every device by its key: a cool-down by its
-- workout's uid ("cooldown:<uid>"), the others by their series
-- ("checkin:<day>", "weekly:<day>", "warning:<rule>:<region>[:<side>]").
CREATE TABLE reminder_answer (
    id      INTEGER PRIMARY KEY,
    key     TEXT    NOT NULL,
    state   TEXT    NOT NULL CHECK (state IN ('snoozed', 'cancelled', 'acknowledged')),
    due     INTEGER NOT NULL,                -- snoozed: shown again then
    at      INTEGER NOT NULL                 -- when it was answered
) STRICT;

CREATE TABLE sync_answer (
    key     TEXT    PRIMARY KEY,
    state   TEXT    NOT NULL CHECK (state IN ('snoozed', 'cancelled', 'acknowledged')),
    due     INTEGER NOT NULL,
    at      INTEGER NOT NULL,
    clock   INTEGER NOT NULL,                -- the later (clock, device) wins
    device  TEXT    NOT NULL
) STRICT;
