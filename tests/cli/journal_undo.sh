# journal_undo: undo reverts the latest operation of any kind, redo repeats
# it, and reminders follow their entries.
. "$(dirname "$0")/lib.sh"

# An rm is undone by bringing the entry back, not by removing earlier ones
# (0.1 removed the last logging command's entries instead).
ok sore quads 6 hamstrings 2
ok sore hamstrings 2
ok rm 3
has "removed #3"
has "'recov undo' brings it back"
ok undo
has "undid 'rm'"
has "restored #3"
same "$(sql "SELECT group_concat(id) FROM entry ORDER BY id")" "1,2,3" "undo of rm restores #3 only"
uid3=$(sql "SELECT uid FROM entry WHERE id = 3")
ok rm 3
ok undo
same "$(sql "SELECT uid FROM entry WHERE id = 3")" "$uid3" "the restored entry keeps its uid"

# Each undo goes one operation further back; redo repeats them in order.
ok undo
same "$(count)" "2" "second undo removes the duplicate sore"
ok undo
same "$(count)" "0" "third undo removes the first sore"
refuses 2 undo
err_has "nothing to undo"
ok redo
has "redid 'sore'"
same "$(sql "SELECT group_concat(id) FROM entry ORDER BY id")" "1,2" "redo brings the same ids back"
ok redo
same "$(count)" "3" "second redo"

# --dry-run says what would change and changes nothing.
before=$(db_sum)
ok undo --dry-run
has "would undo 'sore'"
has "removed #3"
has "dry run: nothing changed"
same "$(db_sum)" "$before" "undo --dry-run changed the database"
ok undo
ok redo --dry-run
has "would redo 'sore'"
has "restored #3"
same "$(count)" "2" "redo --dry-run changed nothing"

# A new operation ends what redo can repeat; its id is new.
ok log run 30m --rpe 5
same "$(sql "SELECT max(id) FROM entry")" "4" "ids are never handed out twice"
refuses 2 redo
err_has "nothing to redo"

# --json: what changed, in one object.
ok rm 4 --json
json_true 'd["action"] == "rm" and d["operation"]["command"] == "rm" and [e["id"] for e in d["removed"]] == [4] and d["added"] == [] and d["dry_run"] is False'
ok undo --json
json_true 'd["action"] == "undo" and [e["id"] for e in d["added"]] == [4] and d["removed"] == []'
ok undo --dry-run --json
json_true 'd["dry_run"] is True and [e["id"] for e in d["removed"]] == [4]'
ok redo --json
json_true 'd["action"] == "redo" and [e["id"] for e in d["removed"]] == [4]'

# Reminders follow their entries: what a removed entry scheduled is
# cancelled, and comes back with it; what was already shown stays shown.
rm -f "$DB" "$DB-wal" "$DB-shm"
ok log run 45m --rpe 7
states() { sql "SELECT group_concat(kind || ':' || state, ' ') FROM (SELECT kind, state FROM reminder WHERE entry_id = $1 ORDER BY id)"; }
same "$(states 1)" "cooldown:pending checkin:pending" "log schedules"
ok rm 1
same "$(states 1)" "cooldown:cancelled checkin:cancelled" "rm cancels"
ok undo
same "$(states 1)" "cooldown:pending checkin:pending" "undo of rm schedules again"
sql "UPDATE reminder SET state = 'sent', sent_at = 1 WHERE kind = 'cooldown'"
ok undo
same "$(states 1)" "cooldown:sent checkin:cancelled" "undo of log cancels what was not shown"
ok redo
same "$(states 1)" "cooldown:sent checkin:pending" "redo brings back only what was not shown"
same "$(sql "SELECT count(*) FROM reminder")" "2" "no reminder is added twice"
ok redo
same "$(states 1)" "cooldown:sent checkin:cancelled" "redo of rm cancels again"
ok undo
same "$(states 1)" "cooldown:sent checkin:pending" "and undo brings it back again"

# The reminder commands are operations too: undo sets the reminder back,
# unless the runner has shown it since.
ok remind ack 2
same "$(states 1)" "cooldown:sent checkin:acknowledged" "ack"
ok undo
has "undid 'remind ack'"
has "1 reminder set back, 0 left as they are"
same "$(states 1)" "cooldown:sent checkin:pending" "undo of ack"
ok redo --json
json_true 'd["operation"]["command"] == "remind ack" and d["reminders"] == 1'
ok undo
ok remind snooze 2 30m
sql "UPDATE reminder SET state = 'sent', sent_at = 1 WHERE id = 2"
ok undo
has "0 reminders set back, 1 left as it is"
same "$(states 1)" "cooldown:sent checkin:sent" "what was shown since stays shown"

# Warnings follow the log, whatever changed it: an edit that makes a sprain
# severe warns at once, an undo of it resolves the warning, a redo warns
# again, and an rm of the score resolves it; nothing still to be shown says
# what suggest no longer says.
rm -f "$DB" "$DB-wal" "$DB-shm"
export RECOV_NOW="2026-11-20 19:00"
ok log sports 90m --rpe 7 --at "2026-11-20 17:00"
ok sore right-ankle 5 sprain
id=$(sql "SELECT max(id) FROM entry")
live_warnings() { sql "SELECT group_concat(summary, ' | ') FROM reminder WHERE kind = 'warning' AND state = 'pending'"; }
same "$(live_warnings)" "" "a sprain at 5 is PRICE, no warning"
ok edit "$id" --score 8
same "$(live_warnings)" "Urgent - right ankle: have it seen today (urgent care or A&E)" "edit warns"
ok undo
same "$(live_warnings)" "" "undo of the edit resolves it"
ok redo
same "$(live_warnings)" "Urgent - right ankle: have it seen today (urgent care or A&E)" "redo warns again"
ok rm "$id"
same "$(live_warnings)" "" "rm of the score resolves it"
ok undo
same "$(live_warnings)" "Urgent - right ankle: have it seen today (urgent care or A&E)" "undo of rm warns"
# A live warning's text moves on with the log: a later score of the same
# episode words its reason anew.
ok edit "$id" --score 7
sql "SELECT body FROM reminder WHERE kind = 'warning' AND state = 'pending'" >"$OUT"
has "Why, as of 2026-11-20: 7/10 with sprain"
lacks "8/10"
unset RECOV_NOW
finish
