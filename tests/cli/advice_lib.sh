# advice_lib.sh: advice scenario tests: a history imported, then what is advised.
# Source it instead of lib.sh.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# history: imports NDJSON from stdin into a fresh database (not in a pipeline:
# `history < <(workouts ...)`, so that its checks count).
history() {
    rm -f "$DB" "$DB-wal" "$DB-shm"
    cat >"$WORK/history.ndjson"
    ok import "$WORK/history.ndjson"
}

# suggest_at WHEN [ARGS...]: `recov suggest --json` with the clock pinned.
suggest_at() {
    local when=$1; shift
    ok --now "$when" suggest --json "$@"
}

# _kinds REGION: the kinds advised for REGION ("-": general advice) in the
# last JSON output, space-separated; the JSON may be suggest's or log's/sore's.
_kinds() {
    python3 - "$OUT" "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
items = d["suggestions"] if "suggestions" in d else d["advice"]
want = None if sys.argv[2] == "-" else sys.argv[2]
print(" ".join(s["kind"] for s in items if s["region"] == want))
PY
}

# must REGION KIND...: each KIND is advised for REGION.
must() {
    local region=$1 k have; shift
    have=" $(_kinds "$region") "
    for k; do
        case "$have" in *" $k "*) pass ;; *) fail "$region: no $k (advised:$have)" ;; esac
    done
}

# never REGION KIND...: no KIND is advised for REGION.
never() {
    local region=$1 k have; shift
    have=" $(_kinds "$region") "
    for k; do
        case "$have" in *" $k "*) fail "$region: $k advised (advised:$have)" ;; *) pass ;; esac
    done
}

# nothing_for REGION: no advice at all for REGION.
nothing_for() { same "$(_kinds "$1")" "" "advice for $1"; }

# rule_is REGION KIND RULE SEVERITY: the KIND advised for REGION comes from
# RULE with SEVERITY.
rule_is() {
    json_true '[(s["rule"], s["severity"]) for s in d.get("suggestions", d.get("advice"))
                if s["region"] == (None if sys.argv[3] == "-" else sys.argv[3])
                and s["kind"] == sys.argv[4]] == [(sys.argv[5], sys.argv[6])]' "$@"
}
