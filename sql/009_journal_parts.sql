-- A long operation (an import of a whole history) is journaled in parts:
-- the entries it changed are recorded and handed to sync a few thousand
-- rows at a time, so that neither holds the whole operation in memory.
-- journal.changes stays the operation's last part; the earlier ones are
-- here, numbered from 1 in the order they were made. Undo applies them in
-- reverse, redo in order.
CREATE TABLE journal_part (
    op       INTEGER NOT NULL REFERENCES journal (id) ON DELETE CASCADE,
    part     INTEGER NOT NULL CHECK (part >= 1),
    changes  BLOB    NOT NULL,                  -- changeset of the entry table
    PRIMARY KEY (op, part)
) STRICT;
