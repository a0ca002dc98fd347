-- The operation journal: every writing command is one operation, so that
-- `recov undo` can revert the latest one of any kind and `recov redo` can
-- apply it again. An operation keeps what it changed in the entry table as
-- an SQLite session changeset: undo applies its inverse, redo the changeset
-- itself, and the same bytes are what another device would need to repeat it.
CREATE TABLE journal (
    id       INTEGER PRIMARY KEY AUTOINCREMENT, -- entry.batch of the rows it wrote
    at       INTEGER NOT NULL,                  -- unix seconds (the command's clock)
    command  TEXT    NOT NULL,                  -- 'log', 'rm', 'edit', 'import', ...
    changes  BLOB    NOT NULL,                  -- changeset of the entry table
    -- Changeset of this device's own reminders (remind snooze/cancel/ack):
    -- undone and redone here, but no part of what another device repeats.
    local    BLOB,
    undone   INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;

-- undo takes the newest operation not undone, redo the oldest undone one.
CREATE INDEX journal_undone ON journal (undone, id);

-- Reminders an operation's removals took back (the trigger on entry cancels
-- them), with the state they had: when the entries come back, so do they.
CREATE TABLE journal_reminder (
    op       INTEGER NOT NULL REFERENCES journal (id) ON DELETE CASCADE,
    reminder INTEGER NOT NULL,
    state    TEXT    NOT NULL CHECK (state IN ('pending', 'snoozed')),
    PRIMARY KEY (op, reminder)
) STRICT;

-- Operation numbers continue the batch numbers of older logs, so a batch
-- keeps naming the rows of one command.
INSERT INTO sqlite_sequence (name, seq)
SELECT 'journal', max(batch) FROM entry HAVING count(*) > 0;
