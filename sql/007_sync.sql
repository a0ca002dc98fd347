-- Sync between devices through a shared folder: this device's id and
-- logical clock, the changes it ships, what it applied from the others,
-- and every change of every device as an event, so that each entry is
-- rebuilt from its events in one order that all devices agree on.
CREATE TABLE sync_self (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    device  TEXT    NOT NULL CHECK (length(device) = 36),
    clock   INTEGER NOT NULL                 -- Lamport clock: above all seen
) STRICT;

-- This device's changes, numbered from 1: each one file in DIR/<device>/.
CREATE TABLE sync_out (
    seq     INTEGER PRIMARY KEY,
    clock   INTEGER NOT NULL,
    payload BLOB    NOT NULL                 -- uid of each change + changeset
) STRICT;

-- Other devices: the last of their files applied here (in order, once).
CREATE TABLE sync_peer (
    device  TEXT    PRIMARY KEY,
    applied INTEGER NOT NULL,
    clock   INTEGER NOT NULL
) STRICT;

-- One row per changed entry per change: op 0 insert, 1 update, 2 delete;
-- mask has bit i set when entry column i carries a value.
CREATE TABLE sync_event (
    uid           TEXT    NOT NULL,
    clock         INTEGER NOT NULL,
    device        TEXT    NOT NULL,
    seq           INTEGER NOT NULL,
    idx           INTEGER NOT NULL,
    op            INTEGER NOT NULL CHECK (op IN (0, 1, 2)),
    mask          INTEGER NOT NULL,
    kind ANY, at ANY, note ANY, type ANY, minutes ANY, rpe ANY, rpe_estimated ANY,
    distance_km ANY, avg_hr ANY, max_hr ANY, source ANY, region ANY, side ANY,
    score ANY, flags ANY, action ANY, regions ANY,
    PRIMARY KEY (uid, clock, device, seq, idx)
) STRICT;
